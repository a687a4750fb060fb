/**
 * Grade bands (财政部 unified): 优 ≥ 90, 良 80 to < 90, 中 60 to < 80, 差 < 60, of the total as
 * reported: rounded to 2 decimals 四舍五入 first (domain.md), so 89.995, shown as 90.00, is 优.
 */
import { round, type Decimal } from "../decimal";

export type Grade = "优" | "良" | "中" | "差";

export const GRADE_BANDS: readonly { grade: Grade; min: number; words: string }[] = [
  { grade: "优", min: 90, words: "90分（含）以上" },
  { grade: "良", min: 80, words: "80分（含）至90分" },
  { grade: "中", min: 60, words: "60分（含）至80分" },
  { grade: "差", min: -Infinity, words: "60分以下" },
];

export function gradeOf(total: Decimal): Grade {
  const shown = round(total, 2);
  return GRADE_BANDS.find((b) => shown.greaterThanOrEqualTo(b.min))!.grade;
}
