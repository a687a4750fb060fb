/**
 * The narrative as data: paragraphs made of spans. Every number is its own span carrying the
 * cells it came from, so the task pane, the 自评报告 sheet and the tests can trace it; a
 * placeholder span marks what only the department can write.
 */
export interface Span {
  readonly text: string;
  /** Source cells of a number ("评分表!H5"); several for a computed value. */
  readonly cells?: readonly string[];
  readonly kind?: "number" | "placeholder";
}

export type ParagraphRole = "title" | "meta" | "heading1" | "heading2" | "heading3" | "body" | "placeholder";

export interface Paragraph {
  /** Stable id: the same paragraph keeps its id when the report is regenerated. */
  readonly id: string;
  readonly role: ParagraphRole;
  readonly spans: readonly Span[];
}

export type Outline = "湛江式" | "雷州式" | "海珠式";
export const OUTLINES: readonly Outline[] = ["湛江式", "雷州式", "海珠式"];

export interface Narrative {
  readonly outline: Outline;
  readonly paragraphs: readonly Paragraph[];
}

export type Part = string | Span | readonly Span[] | undefined | false;

export function spans(...parts: Part[]): Span[] {
  const out: Span[] = [];
  for (const p of parts) {
    if (p === undefined || p === false || p === "") continue;
    if (typeof p === "string") out.push({ text: p });
    else if (Array.isArray(p)) out.push(...(p as Span[]));
    else out.push(p as Span);
  }
  return out;
}

export function paragraph(id: string, role: ParagraphRole, ...parts: Part[]): Paragraph {
  return { id, role, spans: spans(...parts) };
}

/** A placeholder the user fills: clearly marked, never an invented fact. */
export function placeholder(id: string, what: string): Paragraph {
  return { id, role: "placeholder", spans: [{ text: `【请填写：${what}】`, kind: "placeholder" }] };
}

export function paragraphText(p: Paragraph): string {
  return p.spans.map((s) => s.text).join("");
}

export function narrativeText(n: Narrative): string {
  return n.paragraphs.map(paragraphText).join("\n");
}

/** Every cell a paragraph's numbers came from, each once, in order. */
export function paragraphSources(p: Paragraph): string[] {
  return [...new Set(p.spans.flatMap((s) => s.cells ?? []))];
}
