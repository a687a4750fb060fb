/**
 * The narrative as data: paragraphs made of spans. Every number is its own span carrying the
 * cells it came from, so the task pane, the 自评报告 sheet and the tests can trace it; a
 * placeholder span marks what only the department can write, a verify span a figure the
 * department must check before the report can be signed.
 */
import type { MoneyUnit } from "../values/units";

export interface Span {
  readonly text: string;
  /** Source cells of a number ("评分表!H5"); several for a computed value. */
  readonly cells?: readonly string[];
  /**
   * number: a traced figure (or quoted text of the workbook); placeholder: 【请填写：…】;
   * verify: 【请核实：…】, a figure that contradicts the workbook and is not stated as fact.
   */
  readonly kind?: "number" | "placeholder" | "verify";
}

/**
 * notice: the 仅供核对 block and its 请核实 list, shown while error-level checks remain; it is
 * not part of the report's text. signature: the 落款 (unit and date), set right.
 */
export type ParagraphRole = "title" | "meta" | "heading1" | "heading2" | "heading3" | "body" | "placeholder" | "notice" | "signature";

export interface Paragraph {
  /** Stable id: the same paragraph keeps its id when the report is regenerated. */
  readonly id: string;
  readonly role: ParagraphRole;
  readonly spans: readonly Span[];
  /** Set right, as the 落款 (a placeholder for the date keeps its place). */
  readonly align?: "right";
  /** A placeholder's subject ("部门职能"), to label its box. */
  readonly label?: string;
  /**
   * The text is the user's (a filled placeholder, a generated paragraph they rewrote): the
   * fingerprint of what was generated in its place, so that the next regeneration still knows
   * the text as the user's and whether the data under it changed.
   */
  readonly generatedHash?: string;
}

/** The department outlines (湛江式, 雷州式, 海珠式) and the project report's (项目支出). */
export type Outline = "湛江式" | "雷州式" | "海珠式" | "项目支出";
/** The outlines of a department's report, among which the user chooses. */
export const OUTLINES: readonly Outline[] = ["湛江式", "雷州式", "海珠式"];
/** The 项目支出绩效自评报告 (project-table.md): the one outline of a project table's report. */
export const PROJECT_OUTLINE: Outline = "项目支出";

export interface Narrative {
  readonly outline: Outline;
  /** The unit amounts are written in (万元 unless the user chose another). */
  readonly unit: MoneyUnit;
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

export const FILL_MARK = "【请填写：";
export const VERIFY_MARK = "【请核实：";

/**
 * A placeholder the user fills: clearly marked, never an invented fact. With a template the
 * paragraph offers the reports' usual wording with 【请填写：…】 where only the user knows.
 */
export function placeholder(id: string, what: string, template?: string): Paragraph {
  return { id, role: "placeholder", label: what, spans: [{ text: template ?? `${FILL_MARK}${what}】`, kind: "placeholder" }] };
}

/** "【请核实：超过分值50分】": what the user must check, in the report where it matters. */
export function verify(what: string, cells: readonly string[] = []): Span {
  return { text: `${VERIFY_MARK}${what}】`, kind: "verify", cells };
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

/** What is still open in the report's text (the 仅供核对 block aside): to fill in, to verify. */
export interface OpenItems {
  readonly fill: number;
  readonly verify: number;
}

export function openItems(paragraphs: readonly Paragraph[]): OpenItems {
  let fill = 0;
  let verify = 0;
  for (const p of paragraphs) {
    if (p.role === "notice") continue;
    const text = paragraphText(p);
    fill += text.split(FILL_MARK).length - 1;
    verify += text.split(VERIFY_MARK).length - 1;
  }
  return { fill, verify };
}

/** "还有3处【请填写】、1处【请核实】" or "" when nothing is open. */
export function openItemsMessage(items: OpenItems): string {
  const parts = [items.fill ? `${items.fill}处【请填写】` : "", items.verify ? `${items.verify}处【请核实】` : ""].filter(Boolean);
  return parts.length ? `还有${parts.join("、")}未处理` : "";
}

/** How a paragraph begins, to name it to the user: "“支出完成率=实际支出/…”". */
export function paragraphOpening(narrative: Narrative, id: string): string {
  const p = narrative.paragraphs.find((x) => x.id === id);
  const text = p ? paragraphText(p).trim() : id;
  return `“${text.length > 14 ? `${text.slice(0, 14)}…` : text}”`;
}
