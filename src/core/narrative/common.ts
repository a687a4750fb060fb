/** Pieces every outline uses: the unit's name, the year, the title, the 落款, a node's cells. */
import { walk, type Evaluation, type EvaluatedNode } from "../evaluation";
import { formatChineseDate } from "../format";
import { plain } from "./numbers";
import { paragraph, placeholder, spans, type Paragraph, type Span } from "./text";

export function dept(e: Evaluation): Span {
  const d = e.input.department;
  return d ? { text: d.value, cells: [d.cell], kind: "number" } : { text: "【请填写：单位名称】", kind: "placeholder" };
}

/** "2020年" (as in "2020年年初预算"); to fill in when the workbook has no year. */
export function yearSpan(e: Evaluation): Span[] {
  const y = e.input.year;
  return y ? [plain(String(y.value), [y.cell]), { text: "年" }] : [{ text: "【请填写：年度】", kind: "placeholder" }];
}

/** "2020年度" (the cover, the title, "2020年度，我单位…"); "【请填写：评价年度】" without a year, never "…】度". */
export function yearOfReport(e: Evaluation): Span[] {
  const y = e.input.year;
  return y ? [plain(String(y.value), [y.cell]), { text: "年度" }] : [{ text: "【请填写：评价年度】", kind: "placeholder" }];
}

/**
 * "湛江市工业和信息化局本级2020年度整体绩效自评报告": the title names the unit and the year; what
 * the workbook does not give is to fill in ("【请填写：单位名称】【请填写：评价年度】整体绩效自评报告").
 */
export function titleParagraph(e: Evaluation, base: string): Paragraph {
  return paragraph("title", "title", dept(e), yearOfReport(e), base);
}

/** The cells a node's score comes from: its own score cell, or its leaves'. */
export function scoreCells(n: EvaluatedNode): string[] {
  if (n.isLeaf) return n.scoreCell ? [n.scoreCell] : [];
  return n.children.flatMap(scoreCells);
}

export function weightCells(n: EvaluatedNode): string[] {
  if (n.weightCell) return [n.weightCell];
  return n.children.flatMap(weightCells);
}

/** 2 or 3 levels: the 二级 under a 一级 (a 一级 without children stands for itself). */
export function level2Of(l1: EvaluatedNode): readonly EvaluatedNode[] {
  return l1.isLeaf ? [] : l1.children;
}

/**
 * Lost points somewhere below, a score not filled in, or a score that is not its weight for
 * another reason (a weight unlike its children's): the node needs its own sentence, never
 * "均得满分".
 */
export function needsWords(e: Evaluation, n: EvaluatedNode): boolean {
  if (!n.complete) return true;
  if (n.score !== undefined && n.weight !== undefined && !n.score.equals(n.weight)) return true;
  if (e.deductions.some((d) => d.path.slice(0, n.path.length).join("/") === n.path.join("/"))) return true;
  // Full marks its 评分规则 (rule-score) or its 扣分原因 (reason-points) contradicts are not "得满分"
  // either: the same cells scoreVerify (deductions.ts) marks 【请核实】.
  const below = [...walk([n])];
  const entered = new Set(below.flatMap((x) => [x.entered?.cell, x.scoreCell]));
  const reasons = new Set(below.map((x) => x.reason?.cell));
  return e.checks.some((c) => (c.id === "rule-score" && entered.has(c.cells[0])) || (c.id === "reason-points" && reasons.has(c.cells[0])));
}

/** "加分1分。工作得到市政府的肯定。": each 加分 that scored, with the reason the 评分表 gives. */
export function bonusParagraphs(e: Evaluation, score: (n: EvaluatedNode) => Span[]): Paragraph[] {
  return e.bonus
    .filter((b) => b.score && !b.score.isZero())
    .map((b, i) => paragraph(`bonus.${i + 1}`, "body", b.name, score(b), b.reason ? spans("。", { text: b.reason.value.replace(/[。.]$/, ""), cells: [b.reason.cell], kind: "number" }) : "", "。"));
}

/**
 * The 落款 as the standard sets it: the unit, then the date (成文日期) under it, both set right.
 * The date is the workbook's 填报日期 when it has one; the engine has no clock.
 */
export function signatureParagraphs(e: Evaluation, unit: Span | undefined = e.input.department && dept(e)): Paragraph[] {
  const out: Paragraph[] = [];
  if (unit) out.push({ ...paragraph("signature.unit", "signature", unit), align: "right" });
  else out.push({ ...placeholder("signature.unit", "单位名称（落款）"), align: "right" });
  const d = e.input.reportDate;
  const shown = d ? formatChineseDate(d.value) : undefined;
  if (d && shown) out.push({ ...paragraph("signature.date", "signature", { text: shown, cells: [d.cell], kind: "number" }), align: "right" });
  else out.push({ ...placeholder("signature.date", "成文日期，如2024年6月11日"), align: "right" });
  return out;
}
