/** Deductions in the reports' words, built from the 扣分原因 the department wrote. */
import { walk, type Evaluation, type EvaluatedNode } from "../evaluation";
import { scoreCells, weightCells } from "./common";
import { formatPoints } from "../format";
import { nameInTable, writtenRates } from "./formula-lines";
import { points } from "./numbers";
import { spans, verify, type Span } from "./text";

/** The leaves below `nodes` that lost points, in table order. */
export function deductionsIn(e: Evaluation, nodes: readonly EvaluatedNode[]): EvaluatedNode[] {
  const inside = new Set(walk(nodes));
  return e.deductions.filter((d) => inside.has(d));
}

/** A reason says how many points it cost already ("…，扣2分"). */
const STATES_POINTS = /扣(除|减)?\s*[\d.一二两三四五六七八九十半]+\s*分/;

/** "【请填写：政府采购执行率扣分原因】": what only the department can say, never an invented reason. */
function reasonToFill(d: EvaluatedNode): Span {
  return { text: `【请填写：${d.name}扣分原因】`, kind: "placeholder", cells: d.scoreCell ? [d.scoreCell] : [] };
}

/**
 * 【请核实】 for a leaf's score the checks contradict: its 评分规则 gives another score
 * (rule-score), or its 扣分原因 states other points (reason-points). The figure is not stated as fact.
 */
export function scoreVerify(e: Evaluation, d: EvaluatedNode): Span | undefined {
  const cells = [d.entered?.cell, d.scoreCell, d.reason?.cell].filter((c): c is string => c !== undefined);
  const rule = e.checks.find((c) => c.id === "rule-score" && c.cells[0] !== undefined && cells.includes(c.cells[0]));
  if (rule && d.suggested !== undefined) return verify(`按评分规则应得${formatPoints(d.suggested)}`, [...rule.cells]);
  const reason = e.checks.find((c) => c.id === "reason-points" && c.cells[0] === d.reason?.cell);
  if (reason) return verify("扣分原因所写分数与实际扣分不一致", [...reason.cells]);
  return undefined;
}

/** Leaves with full marks that their 评分规则 says they should not have: the text cannot say "得满分" of them. */
export function contradictedFullMarks(e: Evaluation, nodes: readonly EvaluatedNode[]): EvaluatedNode[] {
  // The given nodes' own subtrees (called once per group: walking the whole tree each time made a
  // 10,000-row table quadratic), each leaf once.
  const deducted = new Set(e.deductions);
  const leaves = new Set([...walk(nodes)].filter((n) => n.isLeaf && !deducted.has(n)));
  return [...leaves].filter((n) => scoreVerify(e, n) !== undefined);
}

/** A clause that only says the score or the points lost ("按比例得4.83分", "扣0.17分"): the sentence says them. */
const ONLY_POINTS = /^(按比例|按规则|按评分标准)?(得|扣(除|减)?)\s*[\d.]+\s*分$/;

/**
 * A 扣分原因 that works out a rate the report writes as a formula line of its own
 * ("重点工作完成率=（94%+99%）/2=96.5%，按比例得4.83分"): the clauses of the department's words
 * without the calculation and without what only restates the points ("" when nothing else is
 * said), so the rate is written once, in the engine's figures (formula-lines.ts). Undefined when
 * the reason works out no such rate: it is quoted whole.
 */
function reasonBesideFormula(e: Evaluation, d: EvaluatedNode): string | undefined {
  const reason = d.reason?.value.trim();
  if (!reason?.includes("=")) return undefined;
  const plain = reason.replace(/\s/g, "");
  const names = writtenRates(e).flatMap((r) => [r.spec.name, nameInTable(e, r), ...r.spec.aliases]);
  if (!names.some((n) => plain.includes(`${n}=`) || plain.includes(`${n}得分=`))) return undefined;
  return reason
    .split(/[，,；;。]/)
    .map((c) => c.trim())
    .filter((c) => c && !c.includes("=") && !ONLY_POINTS.test(c))
    .join("，");
}

/** A deduction as the reports write it: "未能在采购预算批复后及时予以公开，扣1.5分". */
export function deductionSentence(e: Evaluation, d: EvaluatedNode): Span[] {
  const doubt = scoreVerify(e, d);
  if (d.deduction === undefined || !d.deduction.greaterThan(0)) return spans(d.name, "得", points(d.score!, scoreCells(d)), doubt);
  const reason = d.reason?.value.trim().replace(/[。；;，,.\s]+$/, "");
  const deducted = points(d.deduction, [...scoreCells(d), ...weightCells(d)]);
  if (!reason) return spans(`${d.name}扣`, deducted, doubt, "，", reasonToFill(d));
  // The calculation is the formula line's to write: "重点工作完成率得4.83分，扣0.17分" and the
  // department's other words, the formula under it in the engine's figures.
  const beside = reasonBesideFormula(e, d);
  if (beside !== undefined) return spans(`${d.name}得`, points(d.score!, scoreCells(d)), beside && spans("，", { text: beside, cells: [d.reason!.cell], kind: "number" }), "，扣", deducted, doubt);
  const quoted: Span = { text: reason, cells: [d.reason!.cell], kind: "number" };
  if (STATES_POINTS.test(reason)) return spans(quoted, doubt);
  return spans(quoted, "，扣", deducted, doubt);
}

/** The deductions under `nodes` (and full marks their rules contradict), one sentence each, in table order. */
export function joinDeductions(e: Evaluation, nodes: readonly EvaluatedNode[]): Span[] {
  const said = new Set([...deductionsIn(e, nodes), ...contradictedFullMarks(e, nodes)]);
  return [...new Set(walk(nodes))].filter((n) => said.has(n)).flatMap((d, i) => spans(i ? "；" : "", deductionSentence(e, d)));
}

/** The separate causes inside 扣分原因 ("a；b；c，扣2.5分" → a, b, c), as the 海珠 report lists them. */
export function reasonItems(e: Evaluation, d: EvaluatedNode): Span[][] {
  // Beside a calculation of a rate, the department's other words are the problem (reasonBesideFormula).
  const reason = reasonBesideFormula(e, d) || d.reason?.value.trim();
  const doubt = scoreVerify(e, d);
  // No reason: the department writes it; the problem is never left empty or guessed.
  if (!d.reason?.value.trim()) return [spans(`${d.name}扣`, points(d.deduction!, scoreCells(d)), doubt, "，", reasonToFill(d))];
  // A reason that is a calculation ("…=96.5%，按比例得4.83分") is not a problem statement.
  if (!reason || reason.includes("=")) return [spans(`${d.name}未得满分（得`, points(d.score!, scoreCells(d)), doubt, "）")];
  const cleaned = reason.replace(/[，,]?\s*(共|合计)?扣(除|减)?\s*[\d.一二两三四五六七八九十半]+\s*分[。；;]?/g, "；").replace(/[。；;，,\s]+$/, "");
  return cleaned
    .split(/[；;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s, i, all) => [{ text: s, cells: [d.reason!.cell], kind: "number" } as Span, ...(doubt && i === all.length - 1 ? [doubt] : [])]);
}

/** "扣分的主要原因是：1.a；2.b。", or one cause as prose: "扣分的主要原因是a。" */
export function mainReasons(items: readonly Span[][]): Span[] {
  if (!items.length) return [];
  if (items.length === 1) return spans("扣分的主要原因是", items[0], "。");
  return spans("扣分的主要原因是：", items.flatMap((r, i) => spans(i ? "；" : "", `${i + 1}.`, r)), "。");
}
