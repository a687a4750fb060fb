/**
 * A project table seen as its form prints it (project-table.md): the funds block's 预算执行率
 * row, the 一级 (产出、效益、满意度), and the 三级 rows with their 年度指标值 and 实际完成值.
 * Shared by the --json output, the 项目自评汇总, the narrative and the pane, so they all name the
 * same rows.
 */
import type { Decimal } from "../decimal";
import { isValueError } from "../errors";
import { walk, type Evaluation, type EvaluatedNode } from "../evaluation";
import type { FundsRowInput } from "../input";
import { computeRate, rateSpec } from "../rates";
import { rateValuesFrom } from "../rate-values";
import { FUNDS_INDICATOR_RULE } from "../reader/funds-block";
import { normalizeSigns } from "../targets/indicator-value";

/** The funds block's 预算执行率 node (first in the tree), if the table has one. */
export function fundsNode(e: Evaluation): EvaluatedNode | undefined {
  return e.tree.find((n) => n.input.defaultRule === FUNDS_INDICATOR_RULE && !n.input.rule && n.isLeaf);
}

/** The 一级 of the indicator table (the funds node aside). */
export function indicatorLevel1(e: Evaluation): EvaluatedNode[] {
  const funds = fundsNode(e);
  return e.tree.filter((n) => n !== funds);
}

/** The indicator rows (三级, or the deepest level the table has), in table order. */
export function indicatorRows(e: Evaluation): EvaluatedNode[] {
  return [...walk(indicatorLevel1(e))].filter((n) => n.isLeaf);
}

/** 执行率 of a funds row: 全年执行数 / 全年预算数 (the engine's 预算完成率), or undefined. */
export function fundsRowRate(row: FundsRowInput): Decimal | undefined {
  // A form without 全年预算数 (年初预算数(A), 全年执行数(B)) divides by the budget it prints.
  const budget = row.adjusted ?? row.initial;
  if (!row.spend || !budget) return undefined;
  const r = computeRate(rateSpec("budget_completion_rate"), rateValuesFrom({ spend_actual: row.spend.value, budget_adjusted: budget.value }));
  return isValueError(r) ? undefined : r;
}

/** The total row of the funds block (年度资金总额), if any. */
export function fundsTotal(e: Evaluation): FundsRowInput | undefined {
  const funds = e.input.project?.funds ?? [];
  return funds.find((f) => f.isTotal) ?? funds[0];
}

/**
 * The 实际完成值 falls short of the 年度指标值: a quantitative row that does not reach it, or a
 * qualitative row whose words name 部分达成 or 未达成.
 */
export function isBelowTarget(n: EvaluatedNode): boolean {
  const t = n.target;
  if (!t) return false;
  return t.reached === false || t.band === "partly" || t.band === "not-achieved";
}

/** "委托业务项目": the project's name, or undefined. */
export function projectName(e: Evaluation): string | undefined {
  return e.input.project?.name?.value;
}

const BARE = /^[+-]?\d[\d,.]*$/;
const NO_UNIT = /^(定性|无|\/)$/;

/**
 * What goes around a 年度指标值 or 实际完成值 written as a bare number, so that it is shown as the
 * engine reads it: the 计算符号 of its own column (or a 指标性质 holding one) before a target, and
 * the unit after it: the 度量单位 column's, or for a result the unit it is read in ("98" under a
 * target of "≥95%" is 98%: targets/assess.ts). Nothing for a value that says its own unit.
 */
export function valueAffixes(n: EvaluatedNode, which: "target" | "actual"): { readonly sign: string; readonly unit: string } {
  const value = (which === "target" ? (n.input.adjustedTarget ?? n.input.target) : n.input.actual)?.value.trim() ?? "";
  if (!BARE.test(value)) return { sign: "", unit: "" };
  const column = n.input.measureUnit?.value.trim() ?? "";
  const read = which === "actual" && n.target?.actual.kind === "quantity" ? n.target.actual.writtenUnit : "";
  const unit = column && !NO_UNIT.test(column) ? column : read;
  // "≧" "≦" "＞" "＜" as the reader takes them (normalizeSigns): shown as ≥ ≤ > <.
  const sign = which === "target" ? ([n.input.sign?.value, n.input.nature?.value].map((x) => normalizeSigns(x?.trim() ?? "")).find((x) => /^[≥≤=<>＝]/.test(x)) ?? "") : "";
  return { sign, unit };
}
