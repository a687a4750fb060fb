/**
 * WPS's side of a JX call in the ET fake: a formula NAMESPACE.NAME(args) written into a cell is
 * calculated with the function registered through wps.AddCustomFunction
 * (https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html:
 * "调用方式目前只支持同步式调用", calls are synchronous), its arguments shaped by the parameter
 * types of functions.json ("any" passes what the cell holds, "any[][]" a range as rows).
 * Not documented by WPS, and therefore chosen here and listed in docs/wps.md as untested: a
 * blank cell reaches an `any` parameter as `blank` (undefined by default, null to test the
 * other), an error in an argument is the cell's result without calling the function, and a
 * function that throws shows #VALUE! (our JX errors carry #N/A or #VALUE! and show that).
 */
import type { CellValue } from "../../src/core/grid/grid";
import { JxFunctionError } from "../../src/functions/errors";
import type { WpsFunctionsJson } from "../../src/functions/wps-functions";
import { argument, splitArgs, type ExcelArg } from "./custom-functions-fake";
import type { EtFake } from "./et-fake";
import type { FormulaCalculator } from "./fake-workbook";

export function wpsJxCalculator(fake: EtFake, metadata: WpsFunctionsJson, blank: null | undefined = undefined): FormulaCalculator {
  return (workbook, sheet, formula) => {
    const call = /^\s*JX\.([A-Z_]+)\((.*)\)\s*$/su.exec(formula);
    if (!call) return undefined;
    const fn = fake.customFunctions.get(`JX.${call[1]}`.toUpperCase());
    const meta = metadata.functions.find((f) => f.name === call[1].toUpperCase());
    if (!fn || !meta) return { error: "#NAME?" };
    const args = splitArgs(call[2]).map((a) => argument(workbook, sheet, a));
    if (args.some((a) => a === undefined)) return undefined;
    const values: unknown[] = [];
    for (let i = 0; i < meta.parameters.length; i++) {
      const shaped = shape(meta.parameters[i].type, (args[i] as ExcelArg | undefined) ?? { kind: "omitted" }, blank);
      if (shaped && typeof shaped === "object" && "error" in shaped) return shaped as CellValue;
      values.push(shaped);
    }
    return callWps(fn, values);
  };
}

/** Calls a registered function as WPS would, turning a throw into the cell's error. */
export function callWps(fn: (...args: unknown[]) => unknown, values: unknown[]): CellValue {
  try {
    const result = fn(...values);
    return typeof result === "number" && !Number.isFinite(result) ? { error: "#NUM!" } : (result as CellValue);
  } catch (e) {
    return { error: e instanceof JxFunctionError ? e.code : "#VALUE!" };
  }
}

function shape(type: string, arg: ExcelArg, blank: null | undefined): unknown {
  if (arg.kind === "omitted") return undefined;
  const matrix = type.startsWith("any[][]");
  const cell = (v: CellValue) => (v === null ? blank : v);
  if (arg.kind === "literal") {
    if (arg.value !== null && typeof arg.value === "object") return arg.value;
    return matrix ? [[arg.value]] : arg.value;
  }
  for (const row of arg.values) for (const v of row) if (v !== null && typeof v === "object") return v;
  if (matrix) return arg.values.map((row) => row.map(cell));
  if (arg.values.length !== 1 || arg.values[0].length !== 1) return { error: "#VALUE!" };
  return cell(arg.values[0][0]);
}
