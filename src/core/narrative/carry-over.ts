/**
 * Text the user wrote for a section the chosen outline does not have (湛江式's 自评工作小组 has no
 * place in 海珠式): never dropped. The pane lists it and restores it when the user switches back;
 * the 自评报告 sheet keeps it below the report for the next regeneration.
 */
import type { Evaluation } from "../evaluation";
import { generateNarrative } from ".";
import { isUserText, sameSectionIds, type PreviousParagraph } from "./merge";
import { OUTLINES, PROJECT_OUTLINE, paragraphText, type Narrative, type Outline } from "./text";

export interface UnplacedText {
  readonly id: string;
  /** What the section is ("自评工作小组的组成和分工"). */
  readonly label: string;
  readonly text: string;
}

type Placeholders = Map<string, { text: string; label: string }>;

/** Every outline's placeholders, worked out once per evaluation (the pane asks at each keystroke). */
const known = new WeakMap<Evaluation, Map<string, Placeholders>>();

function placeholdersOf(e: Evaluation, outline: Outline, unit: Narrative["unit"]): Placeholders {
  const byOutline = known.get(e) ?? new Map<string, Placeholders>();
  known.set(e, byOutline);
  const key = `${outline}/${unit}`;
  let found = byOutline.get(key);
  if (!found) {
    found = new Map();
    for (const p of generateNarrative(e, { outline, unit }).paragraphs) {
      if (p.role === "placeholder") found.set(p.id, { text: paragraphText(p), label: p.label ?? p.id });
    }
    byOutline.set(key, found);
  }
  return found;
}

export function unplacedTexts(e: Evaluation, current: Narrative, previous: readonly PreviousParagraph[]): UnplacedText[] {
  // A project table has one outline: there is no other to have written text for.
  if (current.outline === PROJECT_OUTLINE) return [];
  const present = new Set(current.paragraphs.map((p) => p.id));
  const placeholders: Placeholders = new Map();
  for (const outline of OUTLINES) {
    if (outline === current.outline) continue;
    for (const [id, p] of placeholdersOf(e, outline, current.unit)) if (!placeholders.has(id)) placeholders.set(id, p);
  }
  const latest = new Map(previous.map((p) => [p.id, p]));
  const out: UnplacedText[] = [];
  for (const [id, old] of latest) {
    const fresh = placeholders.get(id);
    if (fresh === undefined || sameSectionIds(id).some((x) => present.has(x)) || !isUserText(old, fresh.text)) continue;
    out.push({ id, label: fresh.label, text: old.text });
  }
  return out;
}
