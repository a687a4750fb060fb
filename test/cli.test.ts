/** The command line as a user runs it: exit codes, Chinese messages, nothing lost or half-written. */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { perfeval, sha256 } from "./helpers/cli";

const tmp = () => mkdtempSync(path.join(tmpdir(), "perfeval-cli-"));

describe("usage", () => {
  test("help and version", async () => {
    expect((await perfeval(["--help"])).stdout).toContain("perfeval evaluate");
    expect((await perfeval(["--version"])).stdout).toMatch(/^perfeval \d/);
  });
  test("unknown command or option: exit 2 with a Chinese message", async () => {
    const a = await perfeval(["frobnicate"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("不认识的命令");
    const b = await perfeval(["evaluate", "x.xlsx", "--bogus"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("不认识的选项");
  });
});

describe("template", () => {
  test.each(["gd-2020", "gd-2023"])("%s: a blank workbook that reads back with only missing-input", async (framework) => {
    const dir = tmp();
    const file = path.join(dir, `${framework}.xlsx`);
    expect((await perfeval(["template", "--framework", framework, "-o", file])).code).toBe(0);
    const r = await perfeval(["evaluate", file, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.framework).toBe(framework);
    expect(json.checks.length).toBeGreaterThan(0);
    expect([...new Set(json.checks.map((c: { id: string }) => c.id))]).toEqual(["missing-input"]);
    expect(json.total).toBeNull();
  });
  test("refuses to overwrite without --force; an unknown framework is a usage error", async () => {
    const file = path.join(tmp(), "t.xlsx");
    writeFileSync(file, "mine");
    const r = await perfeval(["template", "--framework", "gd-2020", "-o", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("已存在");
    expect((await perfeval(["template", "--framework", "gd-1999", "-o", file])).stderr).toContain("gd-2020");
  });
});

describe("inputs that cannot be used: exit 2, one Chinese message naming the file, no output", () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ["missing file", (d) => path.join(d, "nope.xlsx"), /找不到这个文件/],
    ["a folder", (d) => d, /文件夹/],
    ["an empty file", (d) => { const f = path.join(d, "empty.xlsx"); writeFileSync(f, ""); return f; }, /空的/],
    ["a CSV renamed .xlsx", (d) => { const f = path.join(d, "data.xlsx"); writeFileSync(f, "一级指标,分值\n预算编制,20\n"); return f; }, /不是 Excel 工作簿/],
    ["an .xls file", (d) => { const f = path.join(d, "old.xls"); const b = Buffer.alloc(4096); Buffer.from("d0cf11e0a1b11ae1", "hex").copy(b); writeFileSync(f, b); return f; }, /\.xls/],
  ];
  test.each(cases)("%s", async (_name, make, message) => {
    const dir = tmp();
    const file = make(dir);
    const before = readdirSync(dir);
    const r = await perfeval(["evaluate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(path.basename(file));
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(readdirSync(dir)).toEqual(before);
  });
});

describe("the installed command", () => {
  const bin = path.join(__dirname, "..", "bin", "perfeval.js");
  test("bin/perfeval.js runs the compiled command line and exits 2 on a missing file", () => {
    if (!existsSync(path.join(__dirname, "..", "lib", "cli", "main.js"))) execFileSync("npm", ["run", "build:cli"], { stdio: "pipe" });
    const r = spawnSync(process.execPath, [bin, "evaluate", "不存在.xlsx"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("找不到这个文件");
  });
});

void sha256;
