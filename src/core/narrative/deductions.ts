/** Deductions in the reports' words, built from the 扣分原因 the department wrote. */
import type { Evaluation, EvaluatedNode } from "../evaluation";
import { scoreCells, weightCells } from "./common";
import { points } from "./numbers";
import { spans, type Span } from "./text";

/** The leaves below `nodes` that lost points, in table order. */
export function deductionsIn(e: Evaluation, nodes: readonly EvaluatedNode[]): EvaluatedNode[] {
  return e.deductions.filter((d) => nodes.some((n) => d.path.slice(0, n.path.length).join("/") === n.path.join("/")));
}

/** A reason says how many points it cost already ("…，扣2分"). */
const STATES_POINTS = /扣(除|减)?\s*[\d.一二两三四五六七八九十半]+\s*分/;

/** A deduction as the reports write it: "未能在采购预算批复后及时予以公开，扣1.5分". */
export function deductionSentence(d: EvaluatedNode): Span[] {
  const reason = d.reason?.value.trim().replace(/[。；;，,.\s]+$/, "");
  const deducted = points(d.deduction!, [...scoreCells(d), ...weightCells(d)]);
  if (!reason) return spans(`${d.name}`, "，扣", deducted, "（未填写扣分原因）");
  const quoted: Span = { text: reason, cells: [d.reason!.cell], kind: "number" };
  if (STATES_POINTS.test(reason)) return [quoted];
  return spans(quoted, "，扣", deducted);
}

export function joinDeductions(e: Evaluation, nodes: readonly EvaluatedNode[]): Span[] {
  return deductionsIn(e, nodes).flatMap((d, i) => spans(i ? "；" : "", deductionSentence(d)));
}

/** The separate causes inside 扣分原因 ("a；b；c，扣2.5分" → a, b, c), as the 海珠 report lists them. */
export function reasonItems(d: EvaluatedNode): Span[][] {
  const reason = d.reason?.value.trim();
  if (!reason) return [spans(`${d.name}扣`, points(d.deduction!, scoreCells(d)), "，未填写扣分原因")];
  // A reason that is a calculation ("…=96.5%，按比例得4.83分") is not a problem statement.
  if (reason.includes("=")) return [spans(`${d.name}未得满分（得`, points(d.score!, scoreCells(d)), "）")];
  const cleaned = reason.replace(/[，,]?\s*(共|合计)?扣(除|减)?\s*[\d.一二两三四五六七八九十半]+\s*分[。；;]?/g, "；").replace(/[。；;，,\s]+$/, "");
  return cleaned
    .split(/[；;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => [{ text: s, cells: [d.reason!.cell], kind: "number" } as Span]);
}

/** "扣分的主要原因是：1.a；2.b。", or one cause as prose: "扣分的主要原因是a。" */
export function mainReasons(items: readonly Span[][]): Span[] {
  if (!items.length) return [];
  if (items.length === 1) return spans("扣分的主要原因是", items[0], "。");
  return spans("扣分的主要原因是：", items.flatMap((r, i) => spans(i ? "；" : "", `${i + 1}.`, r)), "。");
}
