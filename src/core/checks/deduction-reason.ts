import { formatPoints } from "../format";
import { formName } from "../project/form-name";
import { check, type CheckSpec } from "./check";

/**
 * A deduction without a reason. Where the form has no 扣分原因 column for the row (the
 * Chongqing flat list, a funds block without 原因) there is nowhere to write one: the report
 * still needs it, so it is said as a hint, not a warning.
 */
export const deductionReason: CheckSpec = {
  id: "deduction-reason",
  name: "扣分原因",
  description: "得分低于分值但没有填写扣分原因",
  run: (e) =>
    e.deductions
      .filter((n) => !n.reason)
      .map((n) =>
        n.input.reasonCell
          ? check("deduction-reason", "warning", [n.scoreCell, n.input.reasonCell], `“${n.name}”扣了${formatPoints(n.deduction!)}，但没有填写扣分原因`)
          : check("deduction-reason", "info", [n.scoreCell], `“${n.name}”扣了${formatPoints(n.deduction!)}，${formName(e.input.kind)}没有填写扣分原因的栏目，请在自评报告中说明原因`),
      ),
};
