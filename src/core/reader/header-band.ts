/**
 * A header band: one to four rows whose cells, read through their merges, give every column a
 * label path from the top row down ("评价指标 / 一级指标 / 权重(%)"), in the spirit of pandas'
 * `read_excel(header=[0, 1, 2])`. A group cell merged across columns heads each of them; a
 * cell merged down the band ("得分") gives its column a one-label path.
 */
import type { MergedView } from "../grid/merged";
import { cellText } from "../values/parse";

export interface ColumnPath {
  readonly col: number;
  /** The distinct labels top to bottom, as written (spaces and line breaks kept). */
  readonly labels: readonly string[];
}

export interface HeaderBand {
  /** Zero-based, inclusive. */
  readonly top: number;
  readonly bottom: number;
  readonly paths: readonly ColumnPath[];
}

/**
 * Resolves rows top..bottom into one path per column, for columns 0..width-1. A column whose
 * deepest label comes from a merge that starts further left continues that column (a "分值"
 * merged over D:E heads D only), so it gets no path of its own.
 */
export function resolveBand(view: MergedView, top: number, bottom: number, width: number): HeaderBand {
  const paths: ColumnPath[] = [];
  for (let c = 0; c < width; c++) {
    const labels: string[] = [];
    let deepestFromLeft = false;
    let lastMerge: unknown;
    for (let r = top; r <= bottom; r++) {
      const merge = view.mergeAt(r, c);
      const text = cellText(view.cell(r, c));
      if (!text) continue;
      // One merged cell down several rows of the band is one label, not several.
      if (merge && merge === lastMerge) continue;
      lastMerge = merge;
      if (labels[labels.length - 1] !== text) labels.push(text);
      deepestFromLeft = !!merge && merge.left < c;
    }
    if (labels.length > 0 && !deepestFromLeft) paths.push({ col: c, labels });
  }
  return { top, bottom, paths };
}
