/**
 * Every public reference case, as a real .xlsx in the standard layout and (for several) in a
 * messy layout, evaluated through `perfeval evaluate --json`: every expected figure must come out.
 */
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { EvaluationJson } from "../src/core/result-json";
import { perfeval, sha256 } from "./helpers/cli";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { comparePackages } = require("../scripts/part-compare.js") as {
  comparePackages: (a: Buffer, b: Buffer) => Promise<{ lost: string[]; violations: string[] }>;
};

interface Expected {
  rates: Record<string, number>;
  total: number;
  totalUncapped: number;
  grade: string;
  deductions?: number;
  scoreRates?: Record<string, number>;
  checksInclude?: string[];
  checksExclude?: string[];
}

const FIXTURES = path.join(__dirname, "fixtures");
const cases: Record<string, { expected: Expected }> = JSON.parse(readFileSync(path.join(FIXTURES, "cases.json"), "utf8"));

const variants = Object.keys(cases).flatMap((id) =>
  ["standard", "messy"].map((layout) => ({ id, layout, file: path.join(FIXTURES, layout, `${id}.xlsx`) })).filter((v) => existsSync(v.file)),
);

test("every case has a standard fixture and at least two have a messy one", () => {
  expect(variants.filter((v) => v.layout === "standard")).toHaveLength(Object.keys(cases).length);
  expect(variants.filter((v) => v.layout === "messy").length).toBeGreaterThanOrEqual(2);
});

describe.each(variants)("$id ($layout layout)", ({ id, file }) => {
  const expected = cases[id].expected;
  let json: EvaluationJson;
  let out: string;
  let hashBefore: string;

  beforeAll(async () => {
    out = path.join(mkdtempSync(path.join(tmpdir(), "perfeval-case-")), "out.xlsx");
    hashBefore = sha256(file);
    const r = await perfeval(["evaluate", file, "-o", out, "--json"]);
    expect(r.stderr).not.toMatch(/内部错误/);
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout);
  });

  test("rates", () => {
    for (const [rate, value] of Object.entries(expected.rates)) expect({ rate, value: json.rates[rate] }).toEqual({ rate, value });
  });
  test("total, uncapped total and grade", () => {
    expect([json.total, json.totalUncapped, json.grade]).toEqual([expected.total, expected.totalUncapped, expected.grade]);
  });
  if (expected.deductions !== undefined) {
    test("number of deductions", () => expect(json.deductions).toHaveLength(expected.deductions!));
  }
  if (expected.scoreRates) {
    test("一级 得分率", () => {
      for (const [name, rate] of Object.entries(expected.scoreRates!)) expect(json.tree.find((n) => n.name === name)?.scoreRate).toBe(rate);
    });
  }
  test("checks that must and must not fire", () => {
    const ids = new Set(json.checks.map((c) => c.id));
    for (const c of expected.checksInclude ?? []) expect({ check: c, fired: ids.has(c) }).toEqual({ check: c, fired: true });
    for (const c of expected.checksExclude ?? []) expect({ check: c, fired: ids.has(c) }).toEqual({ check: c, fired: false });
  });
  test("every check names a cell and says what is wrong in Chinese", () => {
    for (const c of json.checks) {
      expect(c.cells.length).toBeGreaterThan(0);
      expect(c.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
  test("the input file is byte-for-byte unchanged and the output exists", () => {
    expect(sha256(file)).toBe(hashBefore);
    expect(existsSync(out)).toBe(true);
  });
  test("the result keeps every part of the input (part by part)", async () => {
    const parts = await comparePackages(readFileSync(file), readFileSync(out));
    expect({ lost: parts.lost, violations: parts.violations }).toEqual({ lost: [], violations: [] });
  });
});
