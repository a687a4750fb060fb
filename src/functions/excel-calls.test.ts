/**
 * The JX functions as Excel calls them: through the metadata the build generates, with
 * arguments converted by their declared type (test/fakes/custom-functions-fake.ts), on the
 * web or a current desktop build (a referenced blank cell arrives as null in an `any`
 * parameter) and on an older desktop build (it arrives as 0, office-js #4702). A blank inside a
 * range arrives as 0 in a matrix `any` parameter on every host the fake models (#1951, #5262).
 */
import { callCustomFunction, registeredJx, type ExcelArg, type RegisteredFunctions } from "../../test/fakes/custom-functions-fake";
import type { CellValue } from "../core/grid/grid";

const cell = (v: CellValue): ExcelArg => ({ kind: "cells", values: [[v]] });
const blank = cell(null);
const literal = (v: CellValue): ExcelArg => ({ kind: "literal", value: v });
const omitted: ExcelArg = { kind: "omitted" };
const column = (...vs: CellValue[]): ExcelArg => ({ kind: "cells", values: vs.map((v) => [v]) });

let current: RegisteredFunctions;
let older: RegisteredFunctions;
let zhCurrent: RegisteredFunctions;
beforeAll(async () => {
  current = await registeredJx("en-US", null);
  older = await registeredJx("en-US", 0);
  zhCurrent = await registeredJx("zh-CN", null);
});

describe("the fake converts by declared type, as Excel documents", () => {
  /** The same functions declared with `number` parameters (as earlier builds of the add-in did). */
  const asNumbers = (fns: RegisteredFunctions): RegisteredFunctions => ({
    ...fns,
    metadata: {
      ...fns.metadata,
      functions: fns.metadata.functions.map((f) => ({ ...f, parameters: f.parameters.map((p) => ({ ...p, type: "number" })) })),
    },
  });

  it("text to a number parameter is #VALUE! before the call; a blank reference is 0", () => {
    const numbers = asNumbers(current);
    expect(callCustomFunction(numbers, "PROCUREMENT_RATE", [cell("待定"), cell(1)])).toEqual({ error: "#VALUE!", called: false });
    // Blank allocation and carry-over as 0: the denominator is 0 although the full-year budget is there.
    expect(callCustomFunction(numbers, "EXECUTION_RATE", [cell(100), blank, blank, cell(200)])).toMatchObject({ error: "#N/A", called: true });
    expect(callCustomFunction(numbers, "KEY_TASK_COMPLETION", [column(0.94, 0.99, null, null)])).toEqual({ value: 0.4825, called: true });
  });

  it("an error in an argument is not passed in: the cell shows the error", () => {
    expect(callCustomFunction(current, "SCORE_RATE", [cell({ error: "#REF!" }), cell(5)])).toEqual({ error: "#REF!", called: false });
  });
});

describe("JX functions with `any` parameters", () => {
  it("a blank reference means 'not given' on the web and current desktop builds", () => {
    expect(callCustomFunction(current, "EXECUTION_RATE", [cell(100), blank, blank, cell(200)])).toEqual({ value: 0.5, called: true });
    expect(callCustomFunction(current, "CARRYOVER_RATE", [cell(50), blank, cell(1000)])).toEqual({ value: 0.05, called: true });
  });

  it("JX.KEY_TASK_COMPLETION: blanks inside the range arrive as 0 and count (#1951); only what arrives as null is skipped", async () => {
    expect(callCustomFunction(current, "KEY_TASK_COMPLETION", [column(0.94, 0.99, null, null)])).toEqual({ value: 0.4825, called: true });
    expect(callCustomFunction(current, "KEY_TASK_COMPLETION", [column(0.94, 0.99)])).toEqual({ value: 0.965, called: true });
    // A build with #5262's fix (no version is known) would pass null, and the blanks would not count.
    const fixed = await registeredJx("en-US", null, null);
    expect(callCustomFunction(fixed, "KEY_TASK_COMPLETION", [column(0.94, 0.99, null, null)])).toEqual({ value: 0.965, called: true });
  });

  it("a blank denominator is #N/A with a Chinese message", () => {
    expect(callCustomFunction(current, "PROCUREMENT_RATE", [cell(1), blank])).toEqual({ error: "#N/A", message: "缺少：政府采购计划金额", called: true });
    expect(callCustomFunction(current, "PROCUREMENT_RATE", [cell(1), cell(0)])).toMatchObject({ error: "#N/A", message: expect.stringContaining("为0") });
  });

  it("text is #VALUE! with a Chinese message; text that is a number ('112,000') is read", () => {
    expect(callCustomFunction(current, "PROCUREMENT_RATE", [cell("待定"), cell(1)])).toEqual({
      error: "#VALUE!",
      message: "实际采购金额“待定”不是数字",
      called: true,
    });
    expect(callCustomFunction(current, "PROCUREMENT_RATE", [cell("112,000"), cell(112000)])).toEqual({ value: 1, called: true });
    expect(callCustomFunction(current, "KEY_TASK_COMPLETION", [column(0.9, "完成")])).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/不是数字/) });
  });

  it("omitted arguments are null on every build: JX.EXECUTION_RATE(C8,,,C5) is the same everywhere", () => {
    for (const fns of [current, older]) {
      expect(callCustomFunction(fns, "EXECUTION_RATE", [literal(100), omitted, omitted, literal(200)])).toEqual({ value: 0.5, called: true });
    }
  });

  it("on older desktop builds a referenced blank arrives as 0 (documented in docs/functions.md; the add-in's own formulas never reference a blank)", () => {
    expect(callCustomFunction(older, "EXECUTION_RATE", [cell(100), blank, blank, cell(200)])).toMatchObject({
      error: "#N/A",
      message: "本年财政下达预算数+上年结转为0，无法计算",
    });
    expect(callCustomFunction(older, "KEY_TASK_COMPLETION", [column(0.94, 0.99, null, null)])).toEqual({ value: 0.4825, called: true });
  });
});

describe("the project-table functions as Excel calls them", () => {
  it("JX.EXECUTION_SCORE: 分值 × 执行率, at most the 分值; a blank budget is #N/A on every build", () => {
    for (const fns of [current, older, zhCurrent]) {
      expect(callCustomFunction(fns, "EXECUTION_SCORE", [cell(1368), cell(1800), cell(10)])).toEqual({ value: 7.6, called: true });
      expect(callCustomFunction(fns, "EXECUTION_SCORE", [cell(900), cell(800), literal(10)])).toEqual({ value: 10, called: true });
    }
    expect(callCustomFunction(current, "EXECUTION_SCORE", [cell(1), blank, cell(10)])).toMatchObject({ error: "#N/A", message: "缺少：预算数" });
    expect(callCustomFunction(older, "EXECUTION_SCORE", [cell(1), blank, cell(10)])).toMatchObject({ error: "#N/A", message: "预算数为0，无法计算" });
  });

  it("JX.INDICATOR_SCORE reads the cells as written: text, numbers with their sign and unit cells, qualitative words", () => {
    expect(callCustomFunction(zhCurrent, "INDICATOR_SCORE", [cell("≥95%"), cell("76%"), cell(10)])).toEqual({ value: 8, called: true });
    expect(callCustomFunction(zhCurrent, "INDICATOR_SCORE", [cell(100), cell(90), cell(30), cell("≥"), cell("%")])).toEqual({ value: 27, called: true });
    expect(callCustomFunction(zhCurrent, "INDICATOR_SCORE", [cell("100%"), cell("92%"), cell(2), literal("反向")])).toEqual({ value: 2, called: true });
    expect(callCustomFunction(zhCurrent, "INDICATOR_SCORE", [cell("按时完成"), cell("部分达成"), cell(10)])).toMatchObject({ error: "#N/A", message: expect.stringContaining("6分至8分") });
    // An omitted 指标性质 is null on every build, as the add-in writes it when the row has none.
    expect(callCustomFunction(older, "INDICATOR_SCORE", [cell("=12次"), cell("9次"), cell(8), omitted])).toEqual({ value: 6, called: true });
  });
});

describe("names in a Chinese Excel", () => {
  it("the ASCII name resolves in zh-CN; the former Chinese name does not", () => {
    expect(callCustomFunction(zhCurrent, "EXECUTION_RATE", [cell(100), omitted, omitted, cell(200)])).toEqual({ value: 0.5, called: true });
    expect(callCustomFunction(zhCurrent, "execution_rate", [cell(1), omitted, omitted, cell(2)])).toEqual({ value: 0.5, called: true });
    expect(callCustomFunction(zhCurrent, "支出完成率", [cell(1)])).toEqual({ error: "#NAME?", called: false });
  });

  it("with Chinese names in the zh-CN metadata (earlier builds), a formula written as JX.EXECUTION_RATE was #NAME? (office-js #891)", () => {
    const former: RegisteredFunctions = {
      ...zhCurrent,
      metadata: { ...zhCurrent.metadata, functions: zhCurrent.metadata.functions.map((f) => ({ ...f, name: f.id === "EXECUTION_RATE" ? "支出完成率" : f.name })) },
    };
    expect(callCustomFunction(former, "EXECUTION_RATE", [cell(1), omitted, omitted, cell(2)])).toEqual({ error: "#NAME?", called: false });
  });
});
