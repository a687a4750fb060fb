/** A grade as departments write it ("优秀", "良好", "合格" …) → the four bands of domain.md §3. */
import { compact } from "../values/text";

export function normaliseGrade(text: string): string | undefined {
  const t = compact(text).replace(/[“”"]/g, "");
  if (/^优秀?$/.test(t)) return "优";
  if (/^良好?$/.test(t)) return "良";
  if (/^(中|中等|合格|一般)$/.test(t)) return "中";
  if (/^(差|较差|不合格)$/.test(t)) return "差";
  return undefined;
}
