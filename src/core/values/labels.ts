import { labelKey } from "./text";

/**
 * Label synonyms are compared by their `labelKey`; this builds the lookup once from any list
 * of (labels, value) pairs. Quotes around 三公 are optional when matching.
 */
export function buildLabelIndex<T>(entries: Iterable<readonly [readonly string[], T]>): Map<string, T> {
  const index = new Map<string, T>();
  for (const [labels, value] of entries) {
    for (const label of labels) {
      const key = labelKey(label);
      index.set(key, value);
      index.set(key.replace(/"/g, ""), value);
    }
  }
  return index;
}

export function lookupLabel<T>(index: Map<string, T>, text: string): T | undefined {
  const key = labelKey(text);
  return index.get(key) ?? index.get(key.replace(/"/g, ""));
}
