/**
 * Every JX function as WPS calls it (registered by wps.AddCustomFunction, arguments shaped by
 * the WPS functions.json types: test/fakes/wps-functions-fake.ts) gives what Excel gives for the
 * same arguments (test/fakes/custom-functions-fake.ts): values, #N/A and #VALUE! alike.
 */
import { callCustomFunction, registeredJx, type ExcelArg, type RegisteredFunctions } from "../../test/fakes/custom-functions-fake";
import { EtFake } from "../../test/fakes/et-fake";
import { FakeWorkbook } from "../../test/fakes/fake-workbook";
import { callWps } from "../../test/fakes/wps-functions-fake";
import type { CellValue } from "../core/grid/grid";
import { JX_FUNCTIONS } from "../core/jx/catalog";
import { jxWrappers, registerWpsFunctions, WPS_NAMESPACE, wpsFunctionsJson, wrapperName } from "./wps-functions";

let excel: RegisteredFunctions;
let fake: EtFake;
beforeAll(async () => {
  // Blanks as null in ranges too (a build with office-js #5262's fix): the wrappers must agree on
  // what a blank means; which value each host passes for one is the hosts' business (docs/functions.md).
  excel = await registeredJx("zh-CN", null, null);
  fake = new EtFake(new FakeWorkbook());
  registerWpsFunctions(fake.wps);
});

/** Arguments for a function: every parameter a number, then each one blank or text in turn. */
function cases(params: readonly { list?: boolean }[]): CellValue[][] {
  const base: CellValue[] = params.map((p, i) => (p.list ? 0.9 : [1100, 1200, 50, 480, 500][i % 5]));
  const out: CellValue[][] = [base];
  params.forEach((_, i) => {
    out.push(base.map((v, j) => (j === i ? null : v)));
    out.push(base.map((v, j) => (j === i ? "待定" : v)));
    out.push(base.map((v, j) => (j === i ? 0 : v)));
  });
  return out;
}

const RULE_ARGS: CellValue[][] = [
  ["下限 支出完成率 95% 60%", 10, 0.9, null],
  ["扣分 每项扣1分", 5, null, "未及时公开，扣1.5分"],
];

describe("JX functions in WPS give Excel's results", () => {
  it("are all registered under JX with the wrappers of functions.ts", () => {
    expect([...fake.customFunctions.keys()].sort()).toEqual(JX_FUNCTIONS.map((f) => `${WPS_NAMESPACE}.${f.id}`).sort());
    for (const f of JX_FUNCTIONS) expect(wrapperName(f.id)).toMatch(/^[a-z][A-Za-z]+$/);
    expect(jxWrappers()).toHaveLength(JX_FUNCTIONS.length);
  });

  it("functions.json: ASCII names, Chinese descriptions, `any` parameters, the namespace's format", () => {
    const json = wpsFunctionsJson();
    expect(json.functions.map((f) => f.name)).toEqual(JX_FUNCTIONS.map((f) => f.id));
    for (const f of json.functions) {
      expect(f.name).toMatch(/^[A-Z_]+$/);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.type).toMatch(/^any(\[\]\[\])?\??$/);
    }
    expect(json.functions.find((f) => f.name === "KEY_TASK_COMPLETION")!.parameters[0].type).toBe("any[][]");
  });

  it.each(JX_FUNCTIONS.map((f) => [f.id, f] as const))("JX.%s", (id, f) => {
    const fn = fake.customFunctions.get(`JX.${id}`)!;
    const all = f.kind === "rule-score" ? RULE_ARGS : f.kind === "reason-points" ? [["未及时公开，扣1.5分"], ["无"], [null]] : f.kind === "amount-in-words" ? [[12345.67], [0], ["待定"]] : cases(f.params);
    for (const values of all) {
      const args: ExcelArg[] = values.map((v, i) => (f.params[i]?.list ? { kind: "cells", values: [[v], [0.95], [null]] } : { kind: "cells", values: [[v]] }));
      const inExcel = callCustomFunction(excel, id, args);
      const wpsArgs = values.map((v, i) => (f.params[i]?.list ? [[v ?? undefined], [0.95], [undefined]] : (v ?? undefined)));
      const inWps = callWps(fn, wpsArgs);
      const expected = "error" in inExcel ? { error: inExcel.error } : inExcel.value;
      expect({ id, values, result: inWps }).toEqual({ id, values, result: expected });
    }
  });
});
