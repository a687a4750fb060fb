/** The command line as a user runs it: exit codes, Chinese messages, nothing lost or half-written. */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
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

describe("each command's own help", () => {
  test.each([
    ["evaluate", ["--docx", "--no-xlsx", "--outline", "--unit", "--no-marks", "--json", "--force", "自评报告", "再次评价结果文件"]],
    ["batch", ["--outline", "--unit", "--no-marks", "--force", ".xls", "填报总分"]],
    ["template", ["--framework", "2020", "2023", "-o", "--kind project", "财预〔2020〕10号"]],
  ])("perfeval %s --help lists its options with examples", async (command, words) => {
    for (const argv of [[command, "--help"], ["help", command], [command, "-h"]]) {
      const r = await perfeval(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`perfeval ${command}：`);
      for (const w of words) expect(r.stdout).toContain(w);
      expect(r.stdout).toContain("示例");
    }
    expect((await perfeval(["--help"])).stdout).toContain("perfeval evaluate --help");
  });
  test("a usage error says what was wrong, the command's usage line and where its help is, not the whole help", async () => {
    const r = await perfeval(["evaluate", "a.xlsx", "--unit", "美元"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe("perfeval：--unit 只能是 万元、元、千元、亿元 之一");
    expect(r.stderr).toContain("perfeval evaluate <评价表.xlsx> [选项]");
    expect(r.stderr).toContain("完整的选项和示例：perfeval evaluate --help");
    expect(r.stderr).not.toContain("--no-xlsx");
    expect(r.stderr.split("\n").length).toBeLessThan(8);
    const unknown = await perfeval(["grade", "a.xlsx"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("不认识的命令：grade");
    expect(unknown.stderr).toContain("perfeval batch <文件夹>");
  });
});

describe("evaluate twice, fill in the report, the Word report alone", () => {
  test("a second run updates 自评汇总 and 自评报告 in place; --no-xlsx writes only the Word report", async () => {
    const ExcelJS = await import("exceljs");
    const dir = tmp();
    const first = path.join(dir, "子文件夹", "结果.xlsx"); // a missing folder is made, as batch does
    expect((await perfeval(["evaluate", path.join(__dirname, "fixtures/standard/edz-2023.xlsx"), "-o", first])).code).toBe(0);
    const second = path.join(dir, "再次.xlsx");
    const r = await perfeval(["evaluate", first, "-o", second]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已就地更新本助手此前写入的“自评汇总”和“自评报告”");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((w) => w.name).filter((n) => /^自评/.test(n))).toEqual(["自评汇总", "自评报告"]);
    const docx = path.join(dir, "报告.docx");
    const before = readdirSync(dir).sort();
    const w = await perfeval(["evaluate", second, "--no-xlsx", "--docx", docx]);
    expect(w.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([...before, "报告.docx"].sort());
    expect(w.stdout).toMatch(/Word 报告已写入：.*报告\.docx（还有\d+处【请填写】、\d+处【请核实】未处理/);
    expect((await perfeval(["evaluate", second, "--no-xlsx"])).stderr).toContain("--docx");
    // --no-xlsx --json: the result on stdout, nothing written.
    const j = await perfeval(["evaluate", second, "--no-xlsx", "--json"]);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout).total).toEqual(expect.any(Number));
    expect(readdirSync(dir).sort()).toEqual([...before, "报告.docx"].sort());
  });
});

test("-o and --docx naming a folder write into it under the default names", async () => {
  const dir = tmp();
  const input = path.join(dir, "评价表.xlsx");
  copyFileSync(path.join(__dirname, "fixtures/standard/edz-2023.xlsx"), input);
  const out = path.join(dir, "结果");
  execFileSync("mkdir", [out]);
  const r = await perfeval(["evaluate", input, "-o", out, "--docx", out + path.sep]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  expect(readdirSync(out).sort()).toEqual(["评价表.自评报告.docx", "评价表.自评结果.xlsx"]);
  expect(r.stdout).toContain(path.join(out, "评价表.自评报告.docx"));
  // A folder that does not exist yet, said with a trailing separator, is made.
  const fresh = await perfeval(["evaluate", input, "-o", path.join(dir, "新文件夹") + path.sep, "--docx", path.join(dir, "报告夹") + path.sep]);
  expect(fresh.code).toBe(0);
  expect(readdirSync(path.join(dir, "新文件夹"))).toEqual(["评价表.自评结果.xlsx"]);
  expect(readdirSync(path.join(dir, "报告夹"))).toEqual(["评价表.自评报告.docx"]);
  // A name without an extension is a folder too (as batch -o), made if need be.
  const bare = await perfeval(["evaluate", input, "-o", path.join(dir, "输出"), "--docx", path.join(dir, "报告")]);
  expect(bare.code).toBe(0);
  expect(readdirSync(path.join(dir, "输出"))).toEqual(["评价表.自评结果.xlsx"]);
  expect(readdirSync(path.join(dir, "报告"))).toEqual(["评价表.自评报告.docx"]);
  // -o names a workbook: a .docx there is a usage error that points to --docx, and nothing is written.
  const mixed = await perfeval(["evaluate", input, "-o", path.join(dir, "报告.docx")]);
  expect(mixed.code).toBe(2);
  expect(mixed.stderr).toContain("Word 报告请用 --docx 指定");
  expect(existsSync(path.join(dir, "报告.docx"))).toBe(false);
  // Again without --force: the files in the folder are there, nothing is overwritten.
  const again = await perfeval(["evaluate", input, "-o", out]);
  expect(again.code).not.toBe(0);
  expect(again.stderr).toContain("输出文件已存在");
});

describe("template", () => {
  test("frameworks as a person names them", async () => {
    const file = path.join(tmp(), "t.xlsx");
    const r = await perfeval(["template", "--framework", "2023", "-o", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("广东省部门整体支出绩效评价指标体系（2023版）");
  });
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
    const unknown = (await perfeval(["template", "--framework", "gd-1999", "-o", file])).stderr;
    expect(unknown).toContain("不认识的指标体系“gd-1999”");
    expect(unknown).toContain("gd-2020");
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

describe("bad workbooks from test/fixtures/bad", () => {
  const BAD = path.join(__dirname, "fixtures", "bad");
  test.each([
    ["legacy.xls", /\.xls/],
    ["encrypted.xlsx", /加密/],
    ["not-a-workbook.xlsx", /不是 Excel 工作簿/],
    ["empty.xlsx", /空的/],
    ["no-scoring-table.xlsx", /没有找到评分表/],
    ["empty-scoring-table.xlsx", /工作表“评分表”，单元格 A4：评分表的表头（第 3 行）下面没有指标行/],
    ["two-scoring-tables.xlsx", /找到两张评分表：“评分表”（第 3 行）和“评分表\(2\)”/],
  ])("%s: exit 2, one Chinese line naming the file, input unchanged, no output", async (name, message) => {
    const file = path.join(BAD, name);
    const hash = sha256(file);
    const out = path.join(tmp(), "out.xlsx");
    const r = await perfeval(["evaluate", file, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(`文件“${name}”`);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(sha256(file)).toBe(hash);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });

  test("a score written 二十 and an amount written 待定 do not stop the evaluation", async () => {
    const file = path.join(BAD, "unreadable-values.xlsx");
    const hash = sha256(file);
    const out = path.join(tmp(), "out.xlsx");
    const docx = path.join(path.dirname(out), "out.docx");
    const r = await perfeval(["evaluate", file, "-o", out, "--docx", docx, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // A blank score leaves the total incomplete: no grade anywhere, never one of the partial sum.
    expect(json.grade).toBeNull();
    expect(r.stderr).toMatch(/已填得分合计 [\d.]+ 分（有指标未填得分，总分不完整，暂不评级）/);
    expect(r.stderr).not.toMatch(/评价等级：[优良中差]/);
    const document = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")!.async("string");
    expect([...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")).not.toMatch(/评价等级：[优良中差]/);
    const errors = json.checks.filter((c: { severity: string }) => c.severity === "error");
    expect(errors.map((c: { id: string; cells: string[] }) => `${c.id} ${c.cells[0]}`).sort()).toEqual(["missing-input 基础数据表!C8", "score-range 评分表!H9"]);
    expect(errors.find((c: { id: string }) => c.id === "score-range").message).toContain("“二十”");
    expect(json.complete).toBe(false);
    expect(json.rateErrors.spend_growth_rate).toContain("上年实际支出");
    expect(json.rates.budget_growth_rate).toBe(81.12);
    expect(sha256(file)).toBe(hash);
    expect(existsSync(out)).toBe(true);
  });
});

describe("batch", () => {
  test("subfolders are walked and mirrored; a second run into the same folder says so once and writes nothing", async () => {
    const input = tmp();
    const fixture = path.join(__dirname, "fixtures/standard/edz-2023.xlsx");
    execFileSync("mkdir", ["-p", path.join(input, "赤坎区"), path.join(input, "霞山区", "街道")]);
    copyFileSync(fixture, path.join(input, "市本级.xlsx"));
    copyFileSync(fixture, path.join(input, "赤坎区", "教育局.xlsx"));
    copyFileSync(fixture, path.join(input, "霞山区", "街道", "教育局.xlsx"));
    const out = path.join(input, "结果"); // inside the input folder: not walked
    const first = await perfeval(["batch", input, "-o", out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("已评价 3 个，无法读取 0 个");
    for (const f of ["市本级.自评结果.xlsx", "赤坎区/教育局.自评结果.xlsx", "霞山区/街道/教育局.自评结果.xlsx"]) expect(existsSync(path.join(out, f))).toBe(true);
    const before = readdirSync(out).sort();
    const again = await perfeval(["batch", input, "-o", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("输出文件夹中已有 3 个结果文件");
    expect(again.stderr).toContain("--force");
    expect(readdirSync(out).sort()).toEqual(before);
    const forced = await perfeval(["batch", input, "-o", out, "--force"]);
    expect(forced.stdout).toContain("已评价 3 个，无法读取 0 个");
  });

  test("a folder of workbooks: one result each, an overview of all, unusable files listed", async () => {
    const { copyFileSync } = await import("fs");
    const ExcelJS = await import("exceljs");
    const { run } = await import("../src/cli/main");
    const input = tmp();
    const samples = path.join(__dirname, "..", "samples");
    const names = readdirSync(samples).filter((f) => f.endsWith(".xlsx"));
    for (const f of names) copyFileSync(path.join(samples, f), path.join(input, f));
    copyFileSync(path.join(__dirname, "fixtures", "bad", "legacy.xls"), path.join(input, "旧格式.xlsx"));
    copyFileSync(path.join(__dirname, "fixtures", "bad", "legacy.xls"), path.join(input, "另一个部门.xls"));
    writeFileSync(path.join(input, "~$锁定文件.xlsx"), "lock");
    const out = path.join(tmp(), "结果");

    let stderr = "";
    let stdout = "";
    const code = await run(["batch", input, "-o", out], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: true, cwd: input });
    expect(code).toBe(0);
    expect(stderr).toContain("█");
    expect(stderr).toContain(`${names.length + 1}/${names.length + 1}`);
    expect(stdout).toContain(`已评价 ${names.length} 个，无法读取 1 个`);
    // Every file of the folder is accounted for, with the reason it was left out.
    // The terminal counts the folder as 批量汇总's subtitle does.
    expect(stdout).toContain(`共 ${names.length + 3} 个文件：已评价 ${names.length} 个，无法读取 1 个，未处理 2 个`);
    expect(stdout).toContain("未处理的文件：");
    expect(stdout).toMatch(/另一个部门\.xls：旧版 \.xls 文件：请在 Excel 或 WPS 中“另存为”\.xlsx/);
    expect(stdout).toMatch(/~\$锁定文件\.xlsx：Office 临时锁定文件/);
    const written = readdirSync(out).sort();
    expect(written.filter((f) => f.endsWith(".自评结果.xlsx"))).toHaveLength(names.length);
    expect(written).toContain("批量汇总.xlsx");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "批量汇总.xlsx"));
    const ws = wb.getWorksheet("批量汇总")!;
    expect(String(ws.getRow(2).getCell(1).value)).toContain(`共 ${names.length + 3} 个文件`);
    const rows: Record<string, unknown[]> = {};
    ws.eachRow((row) => {
      const file = row.getCell(2).value;
      if (typeof file === "string" && file.endsWith(".xlsx")) rows[file] = (row.values as unknown[]).slice(1);
    });
    const printed = rows["湛江市工业和信息化局-2020-印刷版.xlsx"];
    // 序号 文件 部门 年度 指标体系 总分 等级 填报总分 填报等级 是否一致 扣分项数 扣分合计 错误数 警告数 错误检查 状态
    expect(printed.slice(2, 14)).toEqual(["湛江市工业和信息化局本级", 2020, "2020版", 100, "优", 99.83, "优", "不一致", 1, 0.17, 4, 0]);
    expect(String(printed[14])).toContain("正负号相反");
    expect(printed[15]).toBe("已评价（仅供核对）");
    // Printed readably: fitted to the page's width only, every data row boxed, columns narrow enough.
    expect([ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual([1, 0]);
    ws.eachRow((row) => {
      if (typeof row.getCell(2).value === "string" && String(row.getCell(2).value).endsWith(".xlsx") && row.getCell(1).value !== null) {
        for (const c of [1, 2, 6, 15, 16]) expect(row.getCell(c).border?.bottom?.style).toBe("thin");
      }
    });
    const width = (ws.columns ?? []).reduce((sum, c) => sum + (c.width ?? 0), 0);
    expect(width).toBeLessThan(180);
    expect(rows["海珠区科技工业商务和信息化局-2023-更正版-杂乱格式.xlsx"].slice(5, 13)).toEqual([94, "优", 94, "优", "一致", 3, 6, 1]);
    // The reason wraps in the wide 错误检查 column; 状态 says only what happened.
    expect([rows["旧格式.xlsx"][15], String(rows["旧格式.xlsx"][14])]).toEqual(["无法读取", expect.stringMatching(/\.xls/)]);
    // Left-out files are listed under 未处理的文件 with their reasons.
    expect(String(rows["~$锁定文件.xlsx"][2])).toContain("临时锁定文件");
    const statistics: string[] = [];
    ws.eachRow((row) => String(row.getCell(1).value).startsWith("统计") && statistics.push(String(row.getCell(1).value)));
    // Tables still 仅供核对 are counted apart, not averaged in.
    const provisional = Object.values(rows).filter((r) => r[15] === "已评价（仅供核对）").length;
    const clean = Object.values(rows).filter((r) => r[15] === "已评价").length;
    expect(provisional).toBeGreaterThan(0);
    expect(statistics[0]).toMatch(new RegExp(`^统计（总分完整且无错误的 ${clean} 个部门（另有 ${provisional} 个仅供核对，有错误未改正，不计入））：平均分 [\\d.]+ 分；优 \\d+ 个，良 \\d+ 个，中 \\d+ 个，差 \\d+ 个；填报与计算不一致 \\d+ 个$`));
  });

  test("without compiled workers (from sources) an unexpected failure on one file is recorded and the batch goes on", async () => {
    const { copyFileSync } = await import("fs");
    const input = tmp();
    const samples = path.join(__dirname, "..", "samples");
    for (const f of readdirSync(samples).filter((n) => n.endsWith(".xlsx")).slice(0, 3)) copyFileSync(path.join(samples, f), path.join(input, f));
    const victim = readdirSync(input).sort((a, b) => a.localeCompare(b, "zh-CN"))[1];
    const out = tmp();
    process.env.PERFEVAL_FAULT = `crash:${victim}`;
    try {
      const r = await perfeval(["batch", input, "-o", out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("已评价 2 个，无法读取 1 个");
      expect(r.stdout).toContain(`无法读取 ${victim}：内部错误`);
      expect(readdirSync(out).filter((f) => f.endsWith(".自评结果.xlsx"))).toHaveLength(2);
      expect(readdirSync(out)).toContain("批量汇总.xlsx");
    } finally {
      delete process.env.PERFEVAL_FAULT;
    }
  });

  test("an empty or missing folder is exit 2", async () => {
    expect((await perfeval(["batch", tmp(), "-o", tmp()])).stderr).toContain("没有可以评价的 .xlsx 文件");
    expect((await perfeval(["batch", path.join(tmp(), "nope"), "-o", tmp()])).code).toBe(2);
    const file = path.join(tmp(), "评价表.xlsx");
    copyFileSync(path.join(__dirname, "fixtures/standard/edz-2023.xlsx"), file);
    const r = await perfeval(["batch", file, "-o", tmp()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("这是一个文件，不是文件夹（评价单个文件请用 perfeval evaluate）");
  });

  test("a mistyped input is told it is missing, even when the output named already exists", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "报告.docx"), "");
    const r = await perfeval(["evaluate", path.join(dir, "没有这个.xlsx"), "--docx", path.join(dir, "报告.docx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("找不到这个文件");
    expect(r.stderr).not.toContain("--force");
  });
});

describe("found in review: never overwrite the input, and file-system failures are the user's message", () => {

  test("an output that is the input under another name (a link, a ../ path) is refused", async () => {
    const dir = tmp();
    const input = path.join(dir, "评价表.xlsx");
    copyFileSync(path.join(__dirname, "fixtures/standard/edz-2023.xlsx"), input);
    const hash = sha256(input);
    linkSync(input, path.join(dir, "别名.xlsx"));
    for (const out of [path.join(dir, "别名.xlsx"), path.join(dir, "sub", "..", "评价表.xlsx")]) {
      const r = await perfeval(["evaluate", input, "-o", out, "--force"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("输出文件不能与输入文件相同");
    }
    expect(sha256(input)).toBe(hash);
  });
  test("a target that cannot be written: exit 2, a Chinese message naming it, no stack trace", async () => {
    const r = await perfeval(["evaluate", path.join(__dirname, "fixtures/standard/edz-2023.xlsx"), "-o", "/proc/perfeval-test.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^perfeval：文件“\/proc\/perfeval-test\.xlsx”：无法写入文件（.+）。\n$/);
  });
});

describe("evaluating a result file again", () => {
  test("the default output keeps the name with a number, never .自评结果.自评结果 nor the input", async () => {
    const dir = tmp();
    const input = path.join(dir, "zj.xlsx");
    writeFileSync(input, readFileSync(path.join(__dirname, "fixtures/standard/miit-2020-corrected.xlsx")));
    expect((await perfeval(["evaluate", input])).code).toBe(0);
    const result = path.join(dir, "zj.自评结果.xlsx");
    const again = await perfeval(["evaluate", result]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(path.join(dir, "zj.自评结果(2).xlsx"));
    expect((await perfeval(["evaluate", path.join(dir, "zj.自评结果(2).xlsx")])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["zj.xlsx", "zj.自评结果(2).xlsx", "zj.自评结果(3).xlsx", "zj.自评结果.xlsx"].sort());
  });

  test("switching the outline alone is reported as a switch, not as paragraphs changed by the data", async () => {
    const dir = tmp();
    const first = path.join(dir, "a.xlsx");
    expect((await perfeval(["evaluate", path.join(__dirname, "fixtures/standard/miit-2020-corrected.xlsx"), "-o", first])).code).toBe(0);
    const r = await perfeval(["evaluate", first, "-o", path.join(dir, "b.xlsx"), "--outline", "海珠式"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("体例由湛江式改为海珠式");
    expect(r.stdout).toMatch(/随数据更新 0 段/);
  });
});
