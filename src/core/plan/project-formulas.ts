/**
 * Live formulas for a project table's scores (项目自评汇总 and 写入公式), pointing at the source
 * cells: the 预算执行率 score from the funds block's 全年执行数 and 全年预算数, and an indicator's
 * score from its 年度指标值 and 实际完成值.
 *
 * Dialect "jx" calls JX.EXECUTION_SCORE and JX.INDICATOR_SCORE, the engine's own rules. Dialect
 * "standard" (files, any spreadsheet) writes the same arithmetic with MIN, MAX and IF where the
 * cells hold plain numbers; a 年度指标值 or 实际完成值 written as text ("≥95%", "按时完成") has
 * no standard formula that reads it, and the cell gets the engine's value instead (undefined here).
 */
import type { Evaluation, EvaluatedNode } from "../evaluation";
import type { Sourced } from "../input";
import { JX_NAMESPACE } from "../jx/catalog";
import { fundsNode, fundsTotal } from "../project/indicators";
import { DIRECTION_NAMES, directionOf, type Direction } from "../targets/direction";
import { normalizeSigns, parseIndicatorValue } from "../targets/indicator-value";
import { refForFormula } from "./formula-refs";
import type { FormulaDialect } from "./plan";
import { dec, HUNDRED } from "../decimal";

/** 分值 × min(执行数/预算数, 1), not below 0: the engine's 按比例 rule in standard functions. */
export function executionScoreFormula(spend: string, budget: string, weight: string): string {
  return `MAX(0,MIN(1,${spend}/${budget}))*${weight}`;
}

/** The weight as a reference when its cell is a plain number, else as a constant. */
function weightOperand(n: EvaluatedNode): string | undefined {
  const w = n.input.weight;
  if (w?.numeric) return refForFormula(w.cell);
  return n.weight?.toString();
}

/** The 预算执行率 score as a formula over the funds block's cells, or undefined (text amounts, no 分值). */
export function fundsScoreFormula(e: Evaluation, dialect: FormulaDialect): string | undefined {
  const node = fundsNode(e);
  const total = fundsTotal(e);
  const weight = node && weightOperand(node);
  if (!node?.suggested || !total?.spend?.numeric || !total.adjusted?.numeric || !weight) return undefined;
  const spend = refForFormula(total.spend.cell);
  const budget = refForFormula(total.adjusted.cell);
  return dialect === "jx" ? `${JX_NAMESPACE}.EXECUTION_SCORE(${spend},${budget},${weight})` : executionScoreFormula(spend, budget, weight);
}

/** A quoted string constant for a formula. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The fourth argument of JX.INDICATOR_SCORE: the 计算符号 or 指标性质 cell where that gives the
 * direction the engine took, else the direction's name (a direction the engine read from the
 * indicator's name, "…控制率", or from a 评分规则 cell, which the function does not see).
 */
function natureArgument(n: EvaluatedNode, direction: Direction): string {
  const cell = n.input.sign ?? n.input.nature;
  const t = n.target!;
  const signLike = (s?: Sourced<string>) => (s && /^[≥≤=<>＝]/.test(normalizeSigns(s.value)) ? s.value : "");
  const given = n.input.sign?.value ?? n.input.nature?.value ?? "";
  const target = parseIndicatorValue(t.target.text, n.input.measureUnit?.value ?? "", signLike(n.input.sign) || signLike(n.input.nature));
  const fromCells = target ? directionOf(target, given, "") : undefined;
  if (cell && fromCells === direction) return refForFormula(cell.cell);
  if (!cell && fromCells === direction) return "";
  return quoted(DIRECTION_NAMES[direction]);
}

/** The number a numeric cell holds, exactly: "98%" is a percent-formatted 0.98 ("33.3%" is 0.333, not 0.33299…). */
const numberOf = (s: Sourced<string>) => (s.value.endsWith("%") ? dec(s.value.slice(0, -1)).dividedBy(HUNDRED) : dec(s.value));

/**
 * A value cell as JX.INDICATOR_SCORE should read it: as the user sees it. The function reads a
 * number as its digits (98 is "98"), so a percent-formatted number (0.98 shown as 98%) is handed
 * over as its text.
 */
const shownRef = (s: Sourced<string>) => (s.numeric && s.value.endsWith("%") ? `${refForFormula(s.cell)}*100&"%"` : refForFormula(s.cell));

/**
 * An indicator's computed score as a formula, or undefined where none can be written (no target
 * score, or in standard functions text that only the engine reads).
 */
export function indicatorScoreFormula(n: EvaluatedNode, dialect: FormulaDialect): string | undefined {
  const t = n.target;
  const target = n.input.adjustedTarget ?? n.input.target;
  const actual = n.input.actual;
  const weight = weightOperand(n);
  if (!t || t.suggested === undefined || !target || !actual || !weight) return undefined;
  const tRef = refForFormula(target.cell);
  const aRef = refForFormula(actual.cell);
  if (dialect === "jx") {
    const args = [shownRef(target), shownRef(actual), weight, natureArgument(n, t.direction), n.input.measureUnit ? refForFormula(n.input.measureUnit.cell) : ""];
    while (args[args.length - 1] === "") args.pop();
    return `${JX_NAMESPACE}.INDICATOR_SCORE(${args.join(",")})`;
  }
  // Standard functions compare the two cells as numbers: both must be numbers the engine read
  // on the same scale (not a fraction in one cell and percentage points in the other).
  if (!target.numeric || !actual.numeric || t.target.kind !== "quantity" || t.actual.kind !== "quantity") return undefined;
  if (!t.target.value.times(numberOf(actual)).equals(t.actual.value.times(numberOf(target)))) return undefined;
  switch (t.direction) {
    case "positive":
      return `IF(${aRef}>=${tRef},${weight},${weight}*MAX(0,${aRef})/${tRef})`;
    case "negative":
      return `IF(${aRef}<=${tRef},${weight},IF(${tRef}<=0,0,${weight}*${tRef}/${aRef}))`;
    case "equal":
      return `IF(${aRef}=${tRef},${weight},IF(${tRef}=0,0,${weight}*MAX(0,1-ABS(${aRef}-${tRef})/ABS(${tRef}))))`;
    default:
      return undefined;
  }
}
