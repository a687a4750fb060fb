/**
 * The bad-input corpus (test/corpus, built by scripts/build-corpus.js): for every file the
 * command line exits 0 or 2 as expected; exit 2 comes with one Chinese line naming the file
 * (and the sheet and cell where there is one), never a stack trace; the input is unchanged;
 * no output or temporary file is left behind on failure; hostile text is written back as text.
 */
import * as ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { perfeval, sha256 } from "./helpers/cli";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { comparePackages } = require("../scripts/part-compare.js") as {
  comparePackages: (a: Buffer, b: Buffer) => Promise<{ lost: string[]; violations: string[] }>;
};

interface Expectation {
  file: string;
  exit: 0 | 2;
  message?: string;
  total?: number | null;
  rates?: Record<string, number>;
  rateErrors?: string[];
  errors?: { id: string; cell?: string }[];
  warnings?: string[];
  noChecks?: string[];
  incomplete?: boolean;
  framework?: string;
  sheets?: string[];
  strings?: string[];
}

const CORPUS = path.join(__dirname, "corpus");
const expectations: Expectation[] = JSON.parse(readFileSync(path.join(CORPUS, "expectations.json"), "utf8"));

test("the corpus has at least 40 inputs", () => {
  expect(expectations.length).toBeGreaterThanOrEqual(40);
  expect(readdirSync(CORPUS).filter((f) => f !== "expectations.json" && f !== "README.md")).toHaveLength(expectations.length);
});

describe.each(expectations.map((e) => [e.file, e] as const))("%s", (file, x) => {
  test(`exit ${x.exit}${x.message ? ` /${x.message}/` : ""}`, async () => {
    const input = path.join(CORPUS, file);
    const hash = sha256(input);
    const dir = mkdtempSync(path.join(tmpdir(), "perfeval-corpus-"));
    const out = path.join(dir, "out.xlsx");
    const r = await perfeval(["evaluate", input, "-o", out, "--json"]);
    expect(r.stderr).not.toMatch(/内部错误|at .*\.(js|ts):\d+|Error:/);
    expect(r.code).toBe(x.exit);
    expect(sha256(input)).toBe(hash);
    if (x.exit === 2) {
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(x.message!));
      expect(lines[0]).toContain(`文件“${file}”`);
      expect(lines[0]).toMatch(/[\u4e00-\u9fa5]/);
      expect(readdirSync(dir)).toEqual([]);
      return;
    }
    const json = JSON.parse(r.stdout);
    if (x.total !== undefined) expect(json.total).toBe(x.total);
    for (const [id, v] of Object.entries(x.rates ?? {})) expect({ id, v: json.rates[id] }).toEqual({ id, v });
    for (const id of x.rateErrors ?? []) expect(json.rateErrors[id]).toMatch(/缺少/);
    for (const e of x.errors ?? []) {
      const hit = json.checks.find((c: { id: string; severity: string; cells: string[] }) => c.id === e.id && c.severity === "error" && (!e.cell || c.cells[0].includes(`!${e.cell}`)));
      expect({ expected: e, hit: !!hit }).toEqual({ expected: e, hit: true });
    }
    for (const id of x.warnings ?? []) expect(json.checks.map((c: { id: string }) => c.id)).toContain(id);
    for (const id of x.noChecks ?? []) expect(json.checks.map((c: { id: string }) => c.id)).not.toContain(id);
    if (x.incomplete) expect(json.complete).toBe(false);
    if (x.framework) expect(json.framework).toBe(x.framework);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    // Part by part: nothing of the input lost or changed beyond the tool's additions and marks.
    const parts = await comparePackages(readFileSync(input), readFileSync(out));
    expect({ lost: parts.lost, violations: parts.violations }).toEqual({ lost: [], violations: [] });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const s of x.sheets ?? []) expect(wb.worksheets.map((w) => w.name)).toContain(s);
    if (x.strings) {
      // Hostile text comes back as plain text in our sheets, never as a formula.
      const found = new Map<string, boolean>();
      for (const ws of wb.worksheets.filter((w) => /^自评(汇总|报告)/.test(w.name))) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value as unknown;
            for (const s of x.strings!) {
              if (typeof v === "string" && v.includes(s)) found.set(s, true);
              if (typeof v === "object" && v && "formula" in (v as object)) {
                // Inside a formula the text may only appear as a quoted string literal.
                const code = String((v as { formula: string }).formula).replace(/"(?:[^"]|"")*"/g, '""');
                expect(code).not.toContain(s.slice(1));
              }
            }
          }),
        );
      }
      for (const s of x.strings) expect({ s, found: found.get(s) ?? false }).toEqual({ s, found: true });
    }
  });
});
