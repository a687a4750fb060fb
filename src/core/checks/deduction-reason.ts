import { formatPoints } from "../format";
import { check, type CheckSpec } from "./check";

export const deductionReason: CheckSpec = {
  id: "deduction-reason",
  name: "扣分原因",
  description: "得分低于分值但没有填写扣分原因",
  run: (e) =>
    e.deductions
      .filter((n) => !n.reason)
      .map((n) =>
        check("deduction-reason", "warning", [n.scoreCell], `“${n.name}”扣了${formatPoints(n.deduction!)}，但没有填写扣分原因`),
      ),
};
