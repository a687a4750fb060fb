/** Evaluation → report narrative in one of the three outlines (default by framework), amounts in 万元 unless chosen otherwise. */
import type { Evaluation } from "../evaluation";
import type { MoneyUnit } from "../values/units";
import { haizhuOutline } from "./outline-haizhu";
import { projectOutline } from "./outline-project";
import { zhanjiangOutline } from "./outline-zhanjiang";
import { OUTLINES, PROJECT_OUTLINE, type Narrative, type Outline, type Paragraph } from "./text";

export * from "./text";

export function defaultOutline(e: Evaluation): Outline {
  if (e.input.kind === "project") return PROJECT_OUTLINE;
  return e.framework?.defaultOutline ?? "湛江式";
}

/**
 * The outline a table's report is written in: a project table has only the 项目支出 outline; a
 * department table takes the one asked for among its three (a project outline asked for a
 * department table, or the reverse, gives the table's default).
 */
function outlineFor(e: Evaluation, asked?: Outline): Outline {
  if (e.input.kind === "project") return PROJECT_OUTLINE;
  return asked && OUTLINES.includes(asked) ? asked : defaultOutline(e);
}

/** The reports give amounts in 万元 with 2 decimals (40,118.72万元), whatever unit the tables use. */
export const DEFAULT_REPORT_UNIT: MoneyUnit = "万元";

export interface NarrativeOptions {
  readonly outline?: Outline;
  /** The unit amounts are written in (default 万元). */
  readonly unit?: MoneyUnit;
}

/** Chinese quotation marks in our own text: "三公" → “三公” (quoted user text is left as written). */
function typography(p: Paragraph): Paragraph {
  return { ...p, spans: p.spans.map((s) => (s.cells ? s : { ...s, text: s.text.replace(/"([^"]*)"/g, "“$1”") })) };
}

export function generateNarrative(e: Evaluation, options: Outline | NarrativeOptions = {}): Narrative {
  const o = typeof options === "string" ? { outline: options } : options;
  const outline = outlineFor(e, o.outline);
  const unit = o.unit ?? DEFAULT_REPORT_UNIT;
  const paragraphs = outline === PROJECT_OUTLINE ? projectOutline(e, unit) : outline === "海珠式" ? haizhuOutline(e, unit) : zhanjiangOutline(e, outline as "湛江式" | "雷州式", unit);
  return { outline, unit, paragraphs: paragraphs.map(typography) };
}
