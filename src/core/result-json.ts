/** The evaluation as the `--json` object of standard-workbook.md (rates in percent, 2 decimals). */
import { round, sum, toPercent, toRounded, type Decimal } from "./decimal";
import type { Evaluation, EvaluatedNode } from "./evaluation";
import { fromYuan } from "./values/units";
import { childWeightGap, unassignedWeight } from "./checks/weight-sum";
import { fundsNode, fundsRowRate, indicatorRows, isBelowTarget } from "./project/indicators";
import { DIRECTION_NAMES } from "./targets/direction";
import { BAND_NAMES } from "./targets/quality-band";

export interface NodeJson {
  name: string;
  level: number;
  weight: number | null;
  score: number | null;
  statedScore: number | null;
  /** weight − score; for a parent whose weight is not its children's (see childWeights) it includes the weight given to no child. */
  deduction: number | null;
  scoreRate: number | null;
  cell: string | null;
  /**
   * The sum of the children's weights, present only when it differs from the node's own weight
   * (the weight-sum error, checks/weight-sum.ts): the node's deduction is then not points lost,
   * and deductionTotal (the leaves') does not contain the difference.
   */
  childWeights?: number;
  /**
   * Present when this node or one below it has a weight-sum error: Σ (weight − children's
   * weights) over them, in points. Positive: weight given to no row (分值未分配); negative: the
   * children's weights exceed it. The node's deduction is this plus the points its leaves lost.
   */
  unassignedWeight?: number;
  /** Rows with 年度指标值 and 实际完成值: as written, and whether the target is reached (null when not comparable). */
  target?: string;
  actual?: string;
  reached?: boolean | null;
  children: NodeJson[];
}

/** A funds block row: amounts in the workbook's unit (`unit`), 执行率 in percent. */
export interface FundsRowJson {
  label: string;
  initial: number | null;
  adjusted: number | null;
  spend: number | null;
  /** 执行率 as printed. */
  rate: number | null;
  /** 执行率 computed: 全年执行数 / 全年预算数. */
  computedRate: number | null;
}

/** One indicator row of a project table: its target against its result, and its scores. */
export interface ProjectIndicatorJson {
  /** 一级, 二级 and the indicator's own name. */
  path: string[];
  name: string;
  target: string | null;
  actual: string | null;
  /** 指标性质 or 计算符号 as printed. */
  nature: string | null;
  unit: string | null;
  /** 正向, 反向, 等于 or 定性, as scored. */
  direction: string | null;
  weight: number | null;
  score: number | null;
  /** What the target and the result give (quantitative rows). */
  computed: number | null;
  /** The result falls short of the target (or a qualitative result names 部分达成/未达成). */
  belowTarget: boolean;
  /** 达成, 部分达成 or 未达成 for qualitative rows whose result says so. */
  band: string | null;
  reason: string | null;
  cell: string | null;
  targetCell: string | null;
  actualCell: string | null;
}

export interface ProjectJson {
  name: string | null;
  supervisor: string | null;
  implementer: string | null;
  funds: FundsRowJson[];
  /**
   * The amounts 执行率 is computed from, in \`unit\`: 全年预算数 (or the 年初预算数 a form without
   * one divides by) and 全年执行数; a 年度资金总额 printed 0 gives way to its 其中 rows' sum.
   */
  budget: number | null;
  spend: number | null;
  goals: { expected: string | null; actual: string | null };
  /** The funds block's 预算执行率 indicator: 分值, 得分 as stated and as computed. */
  execution: { weight: number | null; score: number | null; computed: number | null; cell: string | null } | null;
  indicators: ProjectIndicatorJson[];
}

export interface EvaluationJson {
  file: string | null;
  /** The sheet the table was read from (one project per sheet in a workbook of several). */
  sheet: string;
  /** "department" (部门整体支出) or "project" (项目支出). */
  kind: string;
  /** For a project table: its name, 主管部门, 实施单位, funds and goals. */
  project: ProjectJson | null;
  department: string | null;
  year: number | null;
  framework: string;
  /** The built-in framework's full title ("广东省部门整体支出绩效评价指标体系（2020版）"); null for "custom". */
  frameworkTitle: string | null;
  unit: string;
  total: number | null;
  totalUncapped: number | null;
  bonus: number;
  grade: string | null;
  statedTotal: number | null;
  statedGrade: string | null;
  complete: boolean;
  tree: NodeJson[];
  rates: Record<string, number>;
  rateErrors: Record<string, string>;
  reportedRates: Record<string, number>;
  /** Σ deductions of the leaves, to 2 decimals. */
  deductionTotal: number;
  /**
   * Σ of the 一级 nodes' unassignedWeight (see NodeJson), to 2 decimals; null when every block's
   * weight adds up to its rows'. 一级 weights that do not add up to 100 are not in it (a check says so).
   */
  unassignedWeight: number | null;
  deductions: { path: string[]; weight: number | null; score: number | null; deduction: number; reason: string | null; cell: string | null }[];
  checks: { id: string; severity: string; cells: string[]; message: string }[];
  narrative: { outline: string; text: string } | null;
  /** A workbook of several tables (a department table and project sheets): each table's object. */
  tables?: EvaluationJson[];
}

const n = (d: Decimal | undefined): number | null => (d === undefined ? null : toRounded(d));

/**
 * Σ over the node and those below it with a weight-sum error of their unassigned weight
 * (checks/weight-sum.ts: 分值未分配 counts up, 下级分值超出 down); undefined when none has one.
 */
function subtreeUnassigned(node: EvaluatedNode): Decimal | undefined {
  const own = unassignedWeight(node.weight, childWeightGap(node));
  const gaps = [own && (own.label === "分值未分配" ? own.points : own.points.negated()), ...node.children.map(subtreeUnassigned)].filter((d): d is Decimal => d !== undefined);
  return gaps.length ? sum(gaps) : undefined;
}

function nodeJson(node: EvaluatedNode): NodeJson {
  const childWeights = childWeightGap(node);
  const unassigned = subtreeUnassigned(node);
  return {
    name: node.name,
    level: node.level,
    weight: n(node.weight),
    score: n(node.score),
    statedScore: n(node.stated?.value ?? node.subtotal?.value),
    deduction: n(node.deduction),
    scoreRate: node.scoreRate ? toPercent(node.scoreRate) : null,
    cell: node.stated?.cell ?? node.subtotal?.cell ?? node.scoreCell ?? null,
    ...(childWeights ? { childWeights: toRounded(childWeights) } : {}),
    ...(unassigned ? { unassignedWeight: toRounded(unassigned) } : {}),
    ...(node.target
      ? { target: node.target.target.text, actual: node.target.actual.text, reached: node.target.reached ?? (node.target.band ? node.target.band === "achieved" : null) }
      : {}),
    children: node.children.map(nodeJson),
  };
}

export function toEvaluationJson(e: Evaluation, narrative: EvaluationJson["narrative"] = null): EvaluationJson {
  const rates: Record<string, number> = {};
  const rateErrors: Record<string, string> = {};
  for (const r of e.rates) {
    if (r.value) rates[r.spec.id] = toPercent(r.value);
    else if (r.error) rateErrors[r.spec.id] = r.error.message;
  }
  const reportedRates: Record<string, number> = {};
  for (const r of e.input.reportedRates) reportedRates[r.rate] = round(r.percent, r.decimals).toNumber();
  const p = e.input.project;
  const inUnit = (d: Decimal | undefined) => (d === undefined ? null : toRounded(fromYuan(d, e.input.unit)));
  const project: ProjectJson | null = p
    ? {
        name: p.name?.value ?? null,
        supervisor: p.supervisor?.value ?? null,
        implementer: p.implementer?.value ?? null,
        funds: p.funds.map((f) => ({
          label: f.label,
          initial: inUnit(f.initial?.value),
          adjusted: inUnit(f.adjusted?.value),
          spend: inUnit(f.spend?.value),
          rate: f.rate ? toPercent(f.rate.value) : null,
          computedRate: ((r) => (r ? toPercent(r) : null))(fundsRowRate(f)),
        })),
        budget: inUnit(e.input.fields.get("budget_adjusted")?.value),
        spend: inUnit(e.input.fields.get("spend_actual")?.value),
        goals: { expected: p.goals.expected?.value ?? null, actual: p.goals.actual?.value ?? null },
        execution: ((f) => (f ? { weight: n(f.weight), score: n(f.score), computed: n(f.suggested), cell: f.scoreCell ?? null } : null))(fundsNode(e)),
        indicators: indicatorRows(e).map((i) => ({
          path: [...i.path],
          name: i.name,
          target: (i.input.adjustedTarget ?? i.input.target)?.value ?? null,
          actual: i.input.actual?.value ?? null,
          nature: (i.input.sign ?? i.input.nature)?.value ?? null,
          unit: i.input.measureUnit?.value ?? null,
          direction: i.target ? DIRECTION_NAMES[i.target.direction] : null,
          weight: n(i.weight),
          score: n(i.score),
          computed: n(i.target?.suggested),
          belowTarget: isBelowTarget(i),
          band: i.target?.band ? BAND_NAMES[i.target.band] : null,
          reason: i.reason?.value ?? null,
          cell: i.scoreCell ?? null,
          targetCell: (i.input.adjustedTarget ?? i.input.target)?.cell ?? null,
          actualCell: i.input.actual?.cell ?? null,
        })),
      }
    : null;
  return {
    file: e.input.file ?? null,
    sheet: e.input.scoring.sheet,
    kind: e.input.kind,
    project,
    department: e.input.department?.value ?? null,
    year: e.input.year?.value ?? null,
    framework: e.frameworkId,
    frameworkTitle: e.framework?.title ?? null,
    unit: e.input.unit,
    total: n(e.total),
    totalUncapped: n(e.totalUncapped),
    bonus: toRounded(e.bonusTotal),
    grade: e.grade ?? null,
    statedTotal: n(e.input.statedTotal?.value),
    statedGrade: e.input.statedGrade?.value ?? null,
    complete: e.complete,
    tree: e.tree.map(nodeJson),
    rates,
    rateErrors,
    reportedRates,
    deductionTotal: toRounded(sum(e.deductions.map((d) => d.deduction!))),
    unassignedWeight: ((gaps) => (gaps.length ? toRounded(sum(gaps)) : null))(e.tree.map(subtreeUnassigned).filter((d): d is Decimal => d !== undefined)),
    deductions: e.deductions.map((d) => ({
      path: [...d.path],
      weight: n(d.weight),
      score: n(d.score),
      deduction: toRounded(d.deduction!),
      reason: d.reason?.value ?? null,
      cell: d.scoreCell ?? null,
    })),
    checks: e.checks.map((c) => ({ id: c.id, severity: c.severity, cells: [...c.cells], message: c.message })),
    narrative,
  };
}
