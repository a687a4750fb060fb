import { formatPoints } from "../format";
import { normaliseGrade } from "../reader/grade-words";
import { check, type CheckSpec } from "./check";

export const gradeCheck: CheckSpec = {
  id: "grade",
  name: "评价等级",
  description: "填报的评价等级与总分所在的等级区间不符",
  run: (e) => {
    const stated = e.input.statedGrade;
    if (!stated || !e.grade || e.total === undefined || !e.complete) return [];
    const g = normaliseGrade(stated.value);
    if (!g) return [check("grade", "error", [stated.cell], `评价等级“${stated.value}”无法识别，应为优、良、中、差之一`)];
    if (g === e.grade) return [];
    return [check("grade", "error", [stated.cell], `填报评价等级为“${g}”，但总分${formatPoints(e.total)}对应的等级为“${e.grade}”`)];
  },
};
