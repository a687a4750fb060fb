/**
 * Regenerating the report after the data changed: paragraphs the user filled in (placeholders
 * whose text is no longer the placeholder) are kept as written; generated paragraphs take the
 * new figures, and the user is told which ones changed. A generated paragraph the user had
 * edited by hand is regenerated too, and listed separately so nothing changes silently.
 */
import { paragraphText, type Narrative, type Paragraph } from "./text";

export interface PreviousParagraph {
  readonly id: string;
  readonly text: string;
  /** Fingerprint of the text as generated (column D of 自评报告); absent in older sheets. */
  readonly generatedHash?: string;
}

export interface MergeReport {
  /** Placeholders the user filled in, kept. */
  readonly kept: readonly string[];
  /** Generated paragraphs whose text changed with the data. */
  readonly changed: readonly string[];
  /** Generated paragraphs the user had edited by hand, now regenerated. */
  readonly overwritten: readonly string[];
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

export function mergeNarrative(previous: readonly PreviousParagraph[], next: Narrative): { narrative: Narrative; report: MergeReport } {
  const before = new Map(previous.map((p) => [p.id, p]));
  const kept: string[] = [];
  const changed: string[] = [];
  const overwritten: string[] = [];
  const paragraphs: Paragraph[] = next.paragraphs.map((p) => {
    const old = before.get(p.id);
    if (!old) return p;
    const fresh = paragraphText(p);
    if (p.role === "placeholder") {
      if (old.text.trim() && old.text !== fresh && !/^【请填写：/.test(old.text)) {
        kept.push(p.id);
        return { id: p.id, role: "body", spans: [{ text: old.text }] };
      }
      return p;
    }
    if (old.text !== fresh) {
      if (old.generatedHash && old.generatedHash !== textHash(old.text)) overwritten.push(p.id);
      else changed.push(p.id);
    }
    return p;
  });
  return { narrative: { ...next, paragraphs }, report: { kept, changed, overwritten } };
}
