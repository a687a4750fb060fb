/**
 * A node's weight, score and 得分率 in the report. What contradicts the workbook is never stated
 * as fact: a score above its weight, a 得分率 above 100%, a score the 评分表 states otherwise or
 * an incomplete total come with 【请核实：…】 for the department to resolve.
 */
import { childWeightGap } from "../checks/weight-sum";
import { sameScore } from "../decimal";
import { walk, type Evaluation, type EvaluatedNode } from "../evaluation";
import { formatPoints } from "../format";
import { formName } from "../project/form-name";
import { scoreCells, weightCells } from "./common";
import { enumerate } from "./chinese";
import { percent, points } from "./numbers";
import { spans, verify, type Span } from "./text";

/** `form`: what the table is called (formName: 评分表, or a project's 自评表). */
export function weightPoints(n: EvaluatedNode, form = formName("department")): Span[] {
  if (n.weight === undefined) return [verify(`${form}未写分值`, n.scoreCell ? [n.scoreCell] : [])];
  return points(n.weight, weightCells(n));
}

/**
 * 【请核实】 for a parent whose weight is not its children's (the weight-sum error): its score
 * falls short of its weight although nothing below lost a point, so neither "得满分" nor the
 * shortfall can be stated. Names the difference.
 */
function weightGapVerify(n: EvaluatedNode): Span | undefined {
  const children = childWeightGap(n);
  if (children === undefined) return undefined;
  return verify(`下级指标分值合计为${formatPoints(children)}，与分值${formatPoints(n.weight!)}不一致`, [...weightCells(n), ...n.children.flatMap(weightCells)]);
}

export function scorePoints(n: EvaluatedNode, form = formName("department")): Span[] {
  const cells = scoreCells(n);
  if (n.score === undefined) return [verify(`${form}未填写得分`, cells)];
  const out = points(n.score, cells);
  const stated = n.stated ?? n.subtotal;
  const gap = weightGapVerify(n);
  if (!n.complete) out.push(verify("有下级指标未填写得分，此为已填部分的合计", cells));
  else if (n.weight !== undefined && n.score.greaterThan(n.weight)) out.push(verify(`得分超过分值${formatPoints(n.weight)}`, [...cells, ...weightCells(n)]));
  else if (gap) out.push(gap);
  else if (stated && !sameScore(stated.value, n.score)) out.push(verify(`${form}填报为${formatPoints(stated.value)}，与下级得分合计不符`, [stated.cell]));
  return out;
}

/** The score is full marks, beyond doubt. */
export function fullMarks(n: EvaluatedNode): boolean {
  return n.complete && n.score !== undefined && n.weight !== undefined && n.score.equals(n.weight);
}

/** "88.00%", or what to verify when a 得分率 cannot be stated (over 100%, incomplete, a weight unlike its children's). */
export function scoreRateSpans(n: EvaluatedNode): Span[] {
  const cells = [...scoreCells(n), ...weightCells(n)];
  if (!n.scoreRate || !n.complete) return [verify("有指标未填写得分，得分率暂无法计算", cells)];
  if (n.scoreRate.greaterThan(1)) return [verify(`得分${formatPoints(n.score!)}超过分值${formatPoints(n.weight!)}`, cells)];
  const gap = weightGapVerify(n);
  if (gap) return [verify(`分值${formatPoints(n.weight!)}与下级指标分值合计${formatPoints(childWeightGap(n)!)}不一致，得分率暂无法确定`, gap.cells)];
  return percent(n.scoreRate, cells);
}

function unscoredLeaves(e: Evaluation): number {
  return [...walk(e.tree)].filter((n) => n.isLeaf && n.score === undefined).length;
}

/**
 * "部门整体支出绩效自评分数为94分，绩效等级为“优”，其中一级指标中的履职效能得分率为100%，…".
 * An incomplete total has no grade; a total the 评分表 states otherwise is marked.
 */
export function resultSentence(e: Evaluation, withScoreRates: boolean, subject = "部门整体支出绩效自评分数"): Span[] {
  const form = formName(e.input.kind);
  if (e.total === undefined) return spans(subject, verify(`${form}尚未填写自评得分`));
  if (!e.complete) {
    return spans(subject, verify(`尚有${unscoredLeaves(e)}项指标未填写得分，总分不完整，填写后重新生成`));
  }
  const totalCells = [...e.tree.flatMap(scoreCells), ...e.bonus.flatMap(scoreCells)];
  const total = spans(points(e.total, totalCells), totalVerify(e), bonusAndCap(e, totalCells));
  const grade = spans(`，绩效等级为“${e.grade}”`, gradeVerify(e));
  const rates = withScoreRates ? level1Rates(e.tree.filter((n) => n.weight && !n.weight.isZero())) : [];
  return spans(`${subject}为`, total, grade, rates);
}

/** 【请核实】 for a total the 评分表 states otherwise ("评分表填报总分为99.83分"): the report's text and its 附件 alike. */
export function totalVerify(e: Evaluation): Span | undefined {
  const stated = e.input.statedTotal;
  if (!stated || e.total === undefined || !e.complete || sameScore(stated.value, e.total)) return undefined;
  return verify(`${formName(e.input.kind)}填报总分为${formatPoints(stated.value)}`, [stated.cell]);
}

/** 【请核实】 for a grade the 评分表 (a project's 自评表) states otherwise ("评分表填报等级为“良”"). */
export function gradeVerify(e: Evaluation): Span | undefined {
  const stated = e.input.statedGrade;
  if (!stated || e.grade === undefined || stated.value.trim() === e.grade) return undefined;
  return verify(`${formName(e.input.kind)}填报等级为“${stated.value.trim()}”`, [stated.cell]);
}

/**
 * The 加分 inside the total, so the 一级 scores and the total add up as written: "（含加分1分）";
 * over 100: "（各项合计100.83分，含加分1分，超过100分按100分计）".
 */
function bonusAndCap(e: Evaluation, totalCells: readonly string[]): Span[] {
  const scored = e.bonus.filter((b) => b.score && !b.score.isZero());
  const bonus = scored.length ? spans("含加分", points(e.bonusTotal, scored.flatMap(scoreCells))) : [];
  const capped = e.totalUncapped !== undefined && e.total !== undefined && !e.totalUncapped.equals(e.total);
  if (capped) return spans("（各项合计", points(e.totalUncapped!, totalCells), bonus.length > 0 && spans("，", bonus), "，超过100分按100分计）");
  return bonus.length ? spans("（", bonus, "）") : [];
}

/**
 * "，其中一级指标中的履职效能得分率为100%，管理效率得分率为88%"; those at 100% are named together
 * ("预算编制、预算执行和预算监督得分率均为100%") rather than one clause each.
 */
function level1Rates(nodes: readonly EvaluatedNode[]): Span[] {
  if (!nodes.length) return [];
  const full = nodes.filter((n) => n.complete && n.scoreRate?.equals(1) && !childWeightGap(n));
  const clauses: Span[][] = [];
  for (const n of nodes) {
    if (full.length < 2 || !full.includes(n)) clauses.push(spans(`${n.name}得分率为`, scoreRateSpans(n)));
    else if (n === full[0]) {
      const cells = full.flatMap((x) => [...scoreCells(x), ...weightCells(x)]);
      clauses.push(spans(enumerate(full.map((x) => x.name)), "得分率均为", percent(n.scoreRate!, cells)));
    }
  }
  return spans("，其中一级指标中的", clauses.flatMap((c, i) => spans(i ? "，" : "", c)));
}
