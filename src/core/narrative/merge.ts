/**
 * Regenerating the report after the data or the outline changed: paragraphs the user filled in
 * (placeholders whose text is no longer what was generated) are kept as written, also in another
 * outline where the same section has another id (湛江式 单位机构设置、部门职能 = 海珠式 部门职能);
 * generated paragraphs take the new figures, and the user is told which ones changed. A generated
 * paragraph the user rewrote (a sentence added, a figure explained) keeps their text as long as
 * what it was generated from has not changed; when the data under it changed it is regenerated
 * and listed separately, so nothing changes silently. The user's paragraphs carry the
 * fingerprint of the generated text they stand for (column D of 自评报告), so that they are
 * still known as the user's on every later regeneration.
 */
import { paragraphText, type Narrative, type Paragraph } from "./text";

export interface PreviousParagraph {
  readonly id: string;
  readonly text: string;
  /** Fingerprint of the text as generated (column D of 自评报告); absent in older sheets and for the pane's edits. */
  readonly generatedHash?: string;
}

export interface MergeReport {
  /** Placeholders the user filled in, kept. */
  readonly kept: readonly string[];
  /** Generated paragraphs whose text changed with the data. */
  readonly changed: readonly string[];
  /** Generated paragraphs the user had edited by hand, now regenerated because their data changed. */
  readonly overwritten: readonly string[];
  /** Generated paragraphs the user had edited by hand, kept (their data did not change). */
  readonly keptEdits?: readonly string[];
  /** The outline was switched: the paragraphs reworded by the switch are not "changed by the data". */
  readonly outlineSwitch?: { readonly from: string; readonly to: string };
}

/** The earlier report's outline generated again from today's data: what the data alone would have changed. */
export interface EarlierOutline {
  readonly outline: string;
  readonly narrative: Narrative;
}

/** FNV-1a of the text: enough to tell "as generated" from "edited by the user". */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * The same section under another id, in another outline. (The cover's 填报日期 and the 落款's
 * 成文日期 are two paragraphs, each filled in on its own.)
 */
const SAME_SECTION: readonly (readonly string[])[] = [["organisation", "functions"]];

/** The ids that name the same section as `id`, itself first. */
export function sameSectionIds(id: string): readonly string[] {
  const group = SAME_SECTION.find((g) => g.includes(id));
  return group ? [id, ...group.filter((x) => x !== id)] : [id];
}

/** What the user wrote for a section, under its id or that of the same section elsewhere. */
export function userTextFor(id: string, texts: Readonly<Record<string, string>>): string | undefined {
  for (const candidate of sameSectionIds(id)) {
    const text = texts[candidate];
    if (text !== undefined && text.trim()) return text;
  }
  return undefined;
}

/** A filled placeholder takes the role of the text around it: the cover, the 落款 or the body. */
function filledRole(id: string): Paragraph["role"] {
  if (id.startsWith("meta.")) return "meta";
  if (id.startsWith("signature.")) return "signature";
  return "body";
}

const BARE_PLACEHOLDER = /^【请填写：[^】]*】$/;

/** Text the user wrote: not empty, not a bare placeholder, not the text as it was generated. */
export function isUserText(old: PreviousParagraph, fresh: string): boolean {
  const text = old.text.trim();
  if (!text || BARE_PLACEHOLDER.test(text) || old.text === fresh) return false;
  return !old.generatedHash || old.generatedHash !== textHash(old.text);
}

/**
 * `earlier`: when the outline was switched, the earlier outline regenerated from the current
 * data. A paragraph counts as changed by the data only when that regeneration differs from what
 * the sheet held; one new to this outline, or reworded by the switch alone, does not.
 */
export function mergeNarrative(previous: readonly PreviousParagraph[], next: Narrative, earlier?: EarlierOutline): { narrative: Narrative; report: MergeReport } {
  // Later entries win: the pane's current edits come after the sheet's paragraphs.
  const before = new Map(previous.map((p) => [p.id, p]));
  const switched = earlier && earlier.outline !== next.outline ? earlier : undefined;
  const earlierText = new Map(switched?.narrative.paragraphs.map((p) => [p.id, paragraphText(p)]));
  const byData = (id: string, old: string) => !switched || (earlierText.has(id) && earlierText.get(id) !== old);
  const kept: string[] = [];
  const changed: string[] = [];
  const overwritten: string[] = [];
  const keptEdits: string[] = [];
  const paragraphs: Paragraph[] = next.paragraphs.map((p) => {
    const fresh = paragraphText(p);
    if (p.role === "placeholder") {
      const old = sameSectionIds(p.id)
        .map((id) => before.get(id))
        .find((o): o is PreviousParagraph => !!o && isUserText(o, fresh));
      if (!old) return p;
      kept.push(p.id);
      return { id: p.id, role: filledRole(p.id), spans: [{ text: old.text }], label: p.label, generatedHash: textHash(fresh), ...(p.align ? { align: p.align } : {}) };
    }
    const old = before.get(p.id);
    // The 仅供核对 block follows the checks; it is not a paragraph of the report that "changed".
    if (!old || p.role === "notice") return p;
    if (old.text !== fresh) {
      const editedByUser = old.generatedHash !== undefined && old.generatedHash !== textHash(old.text);
      if (editedByUser && old.generatedHash === textHash(fresh)) {
        // Rewritten by the user, generated from the same figures: their words stand.
        keptEdits.push(p.id);
        return { ...p, spans: [{ text: old.text }], generatedHash: old.generatedHash };
      }
      if (editedByUser) overwritten.push(p.id);
      else if (byData(p.id, old.text)) changed.push(p.id);
    }
    return p;
  });
  const outlineSwitch = switched ? { from: switched.outline, to: next.outline } : undefined;
  return { narrative: { ...next, paragraphs }, report: { kept, changed, overwritten, keptEdits, ...(outlineSwitch ? { outlineSwitch } : {}) } };
}
