/**
 * Turns a failed JX call into the error Excel shows: #VALUE! for a bad argument, #N/A when
 * nothing can be computed, each with its Chinese message (the two codes whose message Excel
 * shows, docs/excel/custom-functions-errors.md). Outside Excel (tests, Node) the
 * CustomFunctions global does not exist, so a plain typed error stands in for it.
 *
 * CustomFunctions.Error is CustomFunctionsRuntime 1.2, the ErrorCode names 1.3; the codes are
 * passed as their string values ("#VALUE!", "#N/A"), which is what the enum holds, so a 1.2
 * host that lacks the enum object still gets the right error.
 */
import type { JxResult } from "../core/jx/call";

export class JxFunctionError extends Error {
  constructor(
    readonly code: "#VALUE!" | "#N/A",
    message: string,
  ) {
    super(message);
    this.name = "JxFunctionError";
  }
}

export function unwrap(result: JxResult): number | string {
  if (result.ok) return result.value;
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    const code = (result.error === "na" ? "#N/A" : "#VALUE!") as CustomFunctions.ErrorCode;
    throw new CustomFunctions.Error(code, result.message);
  }
  throw new JxFunctionError(result.error === "na" ? "#N/A" : "#VALUE!", result.message);
}
