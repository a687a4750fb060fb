/**
 * 跳到待填写的段落: where the next 【请填写：…】 is. The report's boxes come first, in order, each
 * placeholder in a box on its own (a box may hold several inside its sentences); an empty box
 * whose whole text is the placeholder counts once. Then the placeholders outside the boxes (a
 * cover line the workbook left blank), which the pane can show but not fill in. Each jump goes
 * past the last one (or past the caret the user moved), and wraps around at the end.
 */
import { FILL_MARK } from "../core/narrative/text";

/** A place to go: box (or, after the boxes, the k-th placeholder outside them) and the characters to select. */
export interface FillInSpot {
  /** Index among the boxes; boxes.length + k for the k-th placeholder outside the boxes. */
  readonly box: number;
  readonly start: number;
  readonly end: number;
}

export interface FillInBoxState {
  /** The box's text as it stands (the user's, or the generated text with placeholders in it). */
  readonly value: string;
  /** Empty, with the bare placeholder as its prompt: still to fill in as a whole. */
  readonly bare: boolean;
}

/** Every open placeholder, in the order of the jumps. */
export function fillInSpots(boxes: readonly FillInBoxState[], outside = 0): FillInSpot[] {
  const spots: FillInSpot[] = [];
  boxes.forEach(({ value, bare }, box) => {
    if (bare && value === "") spots.push({ box, start: 0, end: 0 });
    for (let start = value.indexOf(FILL_MARK); start >= 0; start = value.indexOf(FILL_MARK, start + 1)) {
      const close = value.indexOf("】", start);
      spots.push({ box, start, end: close < 0 ? value.length : close + 1 });
    }
  });
  for (let k = 0; k < outside; k++) spots.push({ box: boxes.length + k, start: 0, end: 0 });
  return spots;
}

/**
 * The first spot after `after` (the last jump, or { box, start: caret − 1 } when the user moved
 * the caret); the first of all when none is after it. Undefined when nothing is open.
 */
export function nextFillIn(spots: readonly FillInSpot[], after?: { readonly box: number; readonly start: number }): FillInSpot | undefined {
  if (!after) return spots[0];
  return spots.find((s) => s.box > after.box || (s.box === after.box && s.start > after.start)) ?? spots[0];
}

/** The jump went back to the start (or stayed): no open item after `after`. */
export function wrapsAround(spot: FillInSpot, after?: { readonly box: number; readonly start: number }): boolean {
  return after !== undefined && (spot.box < after.box || (spot.box === after.box && spot.start <= after.start));
}
