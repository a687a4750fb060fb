/**
 * Stage 1 of the 基础数据表 reader: the label cells. Every cell in the first 60 rows × 12
 * columns whose text is a field label, a rate name (a reported rate) or a "金额单位" line,
 * above the 关键比率 block an earlier 写入公式 added (our formulas, not the department's data).
 */
import type { FieldSpec } from "../fields";
import type { Grid, GridCell } from "../grid/grid";
import type { MergedView } from "../grid/merged";
import type { RateSpec } from "../rates";
import { FORMULA_BLOCK_TITLE } from "../plan/formula-plan";
import { lookupLabel } from "../values/labels";
import { cellText } from "../values/parse";
import { compact } from "../values/text";
import { findUnit, type MoneyUnit } from "../values/units";
import { FIELD_LABELS, RATE_LABELS } from "./field-labels";

export const BASIC_SEARCH_ROWS = 60;
export const BASIC_SEARCH_COLS = 12;

export type BasicLabel = { kind: "field"; spec: FieldSpec } | { kind: "rate"; spec: RateSpec };

export interface LabelCell {
  readonly r: number;
  readonly c: number;
  readonly label: BasicLabel;
  readonly text: string;
}

export interface BasicLabels {
  readonly labels: readonly LabelCell[];
  /** "金额单位：万元" on the sheet. */
  readonly sheetUnit?: MoneyUnit;
  /** The row of the 关键比率 block an earlier 写入公式 added, if any. */
  readonly formulaBlockRow?: number;
}

type Label = BasicLabel | { kind: "unit"; unit?: MoneyUnit };

function labelOf(cell: GridCell | undefined): Label | undefined {
  if (!cell || typeof cell.value !== "string") return undefined;
  const t = cell.value;
  if (t.length > 40) return undefined;
  const c = compact(t);
  if (/^(金额)?单位[:：]/.test(c) || /^金额单位/.test(c)) return { kind: "unit", unit: findUnit(c) };
  const field = lookupLabel(FIELD_LABELS, t) ?? lookupLabel(FIELD_LABELS, t.replace(/\d+$/, ""));
  if (field) return { kind: "field", spec: field };
  const rate = lookupLabel(RATE_LABELS, t);
  if (rate) return { kind: "rate", spec: rate };
  return undefined;
}

/** True when the cell holds a label (field, rate or 金额单位): it is nobody's value. */
export function isBasicLabel(cell: GridCell | undefined): boolean {
  return !!labelOf(cell);
}

export function findBasicLabels(grid: Grid, view: MergedView): BasicLabels {
  let formulaBlockRow: number | undefined;
  grid.rows.forEach((row, r) => {
    if (formulaBlockRow === undefined && row?.some((cell) => cell?.value === FORMULA_BLOCK_TITLE)) formulaBlockRow = r;
  });
  const rows = Math.min(BASIC_SEARCH_ROWS, grid.rows.length, formulaBlockRow ?? Infinity);
  const labels: LabelCell[] = [];
  let sheetUnit: MoneyUnit | undefined;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < BASIC_SEARCH_COLS; c++) {
      if (view.isCovered(r, c)) continue;
      const cell = view.cell(r, c);
      const label = labelOf(cell);
      if (!label) continue;
      if (label.kind === "unit") sheetUnit = sheetUnit ?? label.unit;
      else labels.push({ r, c, label, text: cellText(cell) });
    }
  }
  return { labels, sheetUnit, formulaBlockRow };
}
