/**
 * Indicator labels that carry their weight: "预算编制(20分)", "预算编制（20分）", "预算编制 20分",
 * "效率性11分". Returns the plain name and the weight text.
 */
import { toHalfWidth } from "../values/text";

export function splitWeightLabel(label: string): { name: string; weight?: string } {
  const t = toHalfWidth(label).replace(/\s+/g, " ").trim();
  const m = /^(.*?)[\s]*[(\[]?\s*(\d+(?:\.\d+)?)\s*分\s*[)\]]?$/.exec(t);
  if (m && m[1] && !/[扣得]$/.test(m[1])) return { name: m[1].trim(), weight: m[2] };
  return { name: t };
}
