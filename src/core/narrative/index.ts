/** Evaluation → report narrative in one of the three outlines (default by framework). */
import type { Evaluation } from "../evaluation";
import { haizhuOutline } from "./outline-haizhu";
import { zhanjiangOutline } from "./outline-zhanjiang";
import type { Narrative, Outline, Paragraph } from "./text";

export * from "./text";

export function defaultOutline(e: Evaluation): Outline {
  return e.framework?.defaultOutline ?? "湛江式";
}

/** Chinese quotation marks in our own text: "三公" → “三公” (quoted user text is left as written). */
function typography(p: Paragraph): Paragraph {
  return { ...p, spans: p.spans.map((s) => (s.cells ? s : { ...s, text: s.text.replace(/"([^"]*)"/g, "“$1”") })) };
}

export function generateNarrative(e: Evaluation, outline: Outline = defaultOutline(e)): Narrative {
  const paragraphs = outline === "海珠式" ? haizhuOutline(e) : zhanjiangOutline(e, outline);
  return { outline, paragraphs: paragraphs.map(typography) };
}
