/** The evaluation as the `--json` object of standard-workbook.md (rates in percent, 2 decimals). */
import { round, sum, toPercent, toRounded, type Decimal } from "./decimal";
import type { Evaluation, EvaluatedNode } from "./evaluation";
import { fromYuan } from "./values/units";

export interface NodeJson {
  name: string;
  level: number;
  weight: number | null;
  score: number | null;
  statedScore: number | null;
  deduction: number | null;
  scoreRate: number | null;
  cell: string | null;
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
  rate: number | null;
}

export interface ProjectJson {
  name: string | null;
  supervisor: string | null;
  implementer: string | null;
  funds: FundsRowJson[];
  goals: { expected: string | null; actual: string | null };
}

export interface EvaluationJson {
  file: string | null;
  /** "department" (部门整体支出) or "project" (项目支出). */
  kind: string;
  /** For a project table: its name, 主管部门, 实施单位, funds and goals. */
  project: ProjectJson | null;
  department: string | null;
  year: number | null;
  framework: string;
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
  deductions: { path: string[]; weight: number | null; score: number | null; deduction: number; reason: string | null; cell: string | null }[];
  checks: { id: string; severity: string; cells: string[]; message: string }[];
  narrative: { outline: string; text: string } | null;
  /** A workbook of several tables (a department table and project sheets): each table's object. */
  tables?: EvaluationJson[];
}

const n = (d: Decimal | undefined): number | null => (d === undefined ? null : toRounded(d));

function nodeJson(node: EvaluatedNode): NodeJson {
  return {
    name: node.name,
    level: node.level,
    weight: n(node.weight),
    score: n(node.score),
    statedScore: n(node.stated?.value ?? node.subtotal?.value),
    deduction: n(node.deduction),
    scoreRate: node.scoreRate ? toPercent(node.scoreRate) : null,
    cell: node.stated?.cell ?? node.subtotal?.cell ?? node.scoreCell ?? null,
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
        })),
        goals: { expected: p.goals.expected?.value ?? null, actual: p.goals.actual?.value ?? null },
      }
    : null;
  return {
    file: e.input.file ?? null,
    kind: e.input.kind,
    project,
    department: e.input.department?.value ?? null,
    year: e.input.year?.value ?? null,
    framework: e.frameworkId,
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
