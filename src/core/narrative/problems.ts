/**
 * 存在问题 and 改进措施: one per indicator family that lost points (a deduction in 采购管理 gives a
 * procurement problem and the matching measure), with the department's own 扣分原因. Findings of
 * the data checks never go here: they are for the department to verify (see review.ts), not
 * problems of its performance.
 */
import type { Evaluation, EvaluatedNode } from "../evaluation";
import { CN } from "./headings";
import { reasonItems } from "./deductions";
import { familyOf, type Family } from "./families";
import { paragraph, placeholder, spans, type Paragraph, type Span } from "./text";

export function problemsAndMeasures(e: Evaluation): { problems: Span[][]; measures: string[] } {
  const byFamily = new Map<Family, EvaluatedNode[]>();
  for (const d of e.deductions) {
    const fam = familyOf(d.path);
    byFamily.set(fam, [...(byFamily.get(fam) ?? []), d]);
  }
  const problems: Span[][] = [];
  const measures: string[] = [];
  for (const [fam, nodes] of byFamily) {
    const items = nodes.flatMap((d) => reasonItems(e, d));
    problems.push(spans(fam.problem, items.length ? "：" : "", items.flatMap((it, i) => spans(i ? "；" : "", it))));
    measures.push(fam.measure);
  }
  return { problems, measures };
}

/**
 * Items as the reports list them: one item is prose (no "1." before a single point), several
 * are numbered "1." (湛江式) or "（一）" (海珠式). None: the department writes its own.
 */
export function listParagraphs(id: string, items: readonly (readonly Span[])[], style: "（一）" | "1.", none: string): Paragraph[] {
  if (!items.length) return [placeholder(`${id}.none`, none)];
  if (items.length === 1) return [paragraph(`${id}.1`, "body", items[0], "。")];
  return items.map((item, i) => paragraph(`${id}.${i + 1}`, "body", style === "（一）" ? `（${CN[i]}）` : `${i + 1}.`, item, "。"));
}
