/**
 * Turns a failed JX call into the error Excel shows: #VALUE! for a bad argument, #N/A when
 * nothing can be computed, each with its Chinese message. Outside Excel (tests, Node) the
 * CustomFunctions global does not exist, so a plain typed error stands in for it.
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
  if (typeof CustomFunctions !== "undefined") {
    const code = result.error === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    throw new CustomFunctions.Error(code, result.message);
  }
  throw new JxFunctionError(result.error === "na" ? "#N/A" : "#VALUE!", result.message);
}
