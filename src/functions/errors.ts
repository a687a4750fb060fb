/**
 * Turns a failed JX call into the error Excel shows: #VALUE! for a bad argument, #N/A when
 * nothing can be computed, each with its Chinese message (the two codes whose message Excel
 * shows, docs/excel/custom-functions-errors.md), and #NUM! for a number out of the function's
 * range (as Excel's DEC2BIN), whose message Excel cannot show. Outside Excel (tests, Node) the
 * CustomFunctions global does not exist, so a plain typed error stands in for it.
 *
 * CustomFunctions.Error is CustomFunctionsRuntime 1.2, the ErrorCode names 1.3; the codes are
 * passed as their string values ("#VALUE!", "#N/A"), which is what the enum holds, so a 1.2
 * host that lacks the enum object still gets the right error.
 */
import type { JxResult } from "../core/jx/call";

const CODES = { value: "#VALUE!", na: "#N/A", num: "#NUM!" } as const;

export class JxFunctionError extends Error {
  constructor(
    readonly code: (typeof CODES)[keyof typeof CODES],
    message: string,
  ) {
    super(message);
    this.name = "JxFunctionError";
  }
}

export function unwrap(result: JxResult): number | string {
  if (result.ok) return result.value;
  const code = CODES[result.error];
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    // Excel shows a message with #VALUE! and #N/A only; #NUM! goes without (docs/functions.md says why).
    if (code === "#NUM!") throw new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
    throw new CustomFunctions.Error(code as CustomFunctions.ErrorCode, result.message);
  }
  throw new JxFunctionError(code, result.message);
}
