/**
 * How much one context.sync() may carry. Excel on the web refuses a request or a response over
 * 5 MB (docs/concepts/resource-limits-and-performance-optimization.md, "5MB"); the gateway keeps
 * every batch within 4 MB by planning it against a 3 MB budget, the rest being margin for
 * estimates of what Excel will send back.
 */

/** What the gateway plans one sync to carry, each way. */
export const PAYLOAD_BUDGET = 3 * 1024 * 1024;

/**
 * Bytes of a value as JSON, counting each non-ASCII character as a six-byte \uXXXX escape (the
 * larger way Chinese text can travel), so estimates err on the safe side.
 */
export function payloadBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}

/** An operation's own share of a request (object path, method name), besides its arguments. */
export const OPERATION_BYTES = 200;
