/**
 * Payload accounting for the Excel fake. Office.js sends every batch to Excel as one JSON
 * request and gets one JSON response back; Excel on the web refuses either over 5 MB with
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded
 * (docs/concepts/resource-limits-and-performance-optimization.md; office.js
 * excel-win32-16.01.debug.js defines both codes; https://github.com/OfficeDev/office-js/issues/2734).
 *
 * The exact wire format is Office's own, so sizes are measured as the JSON of what travels
 * (arguments in, loaded values out), counting every non-ASCII character as a six-byte \uXXXX
 * escape: the larger of the two encodings Chinese text could travel in, so the fake errs on the
 * strict side.
 */

export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}

/** What one operation adds to a request besides its arguments: object path and method. */
export const OPERATION_OVERHEAD = 64;

export interface SyncPayload {
  readonly request: number;
  readonly response: number;
}
