/**
 * Reads the 基础数据表: label/value pairs anywhere in the first 60 rows × 12 columns, values to
 * the right of or below their label, units from the value, a 单位 column, the label or the
 * sheet's "金额单位". Amounts come out in 元; percents as fractions.
 */
import { Decimal, HUNDRED } from "../decimal";
import type { FieldKey, FieldSpec } from "../fields";
import { cellRef } from "../grid/address";
import type { Grid, GridCell } from "../grid/grid";
import { MergedView } from "../grid/merged";
import type { BasicLayout, FieldValue, InputProblem, ListFieldValue, ReportedRate } from "../input";
import type { RateSpec } from "../rates";
import { lookupLabel } from "../values/labels";
import { cellText, parseCellNumber, parseNumberText, type ParsedNumber } from "../values/parse";
import { compact, toHalfWidth } from "../values/text";
import { findUnit, toYuan, type MoneyUnit } from "../values/units";
import { FIELD_LABELS, RATE_LABELS } from "./field-labels";
import { FORMULA_BLOCK_TITLE } from "../plan/formula-plan";

const ROWS = 60;
const COLS = 12;

export interface BasicRead {
  readonly fields: Map<FieldKey, FieldValue>;
  readonly lists: Map<FieldKey, ListFieldValue>;
  readonly texts: Map<FieldKey, { value: string; cell: string }>;
  readonly reportedRates: ReportedRate[];
  readonly unit?: MoneyUnit;
  readonly problems: InputProblem[];
  readonly layout: BasicLayout;
}

type Label = { kind: "field"; spec: FieldSpec } | { kind: "rate"; spec: RateSpec } | { kind: "unit"; unit?: MoneyUnit };

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

const UNIT_WORD = /^(元|千元|万元|亿元|%|％|人|个|项|户|次)$/;

export function readBasicData(grid: Grid): BasicRead {
  const view = new MergedView(grid);
  const name = grid.name;
  const problems: InputProblem[] = [];
  const fields = new Map<FieldKey, FieldValue>();
  const lists = new Map<FieldKey, ListFieldValue>();
  const texts = new Map<FieldKey, { value: string; cell: string }>();
  const reportedRates: ReportedRate[] = [];

  // Stop at the block an earlier 写入公式 wrote: those are our formulas, not the department's data.
  let formulaBlockRow: number | undefined;
  grid.rows.forEach((row, r) => {
    if (formulaBlockRow === undefined && row?.some((cell) => cell?.value === FORMULA_BLOCK_TITLE)) formulaBlockRow = r;
  });
  const rows = Math.min(ROWS, grid.rows.length, formulaBlockRow ?? Infinity);
  const labels: { r: number; c: number; label: Exclude<Label, { kind: "unit" }>; text: string }[] = [];
  let sheetUnit: MoneyUnit | undefined;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < COLS; c++) {
      if (view.isCovered(r, c)) continue;
      const cell = view.cell(r, c);
      const label = labelOf(cell);
      if (!label) continue;
      if (label.kind === "unit") {
        sheetUnit = sheetUnit ?? label.unit;
        continue;
      }
      labels.push({ r, c, label, text: cellText(cell) });
    }
  }
  const isLabelAt = (r: number, c: number) => !!labelOf(view.cell(r, c));

  /** A cell with something in it: a value, or a formula (even one without a cached result). */
  const hasContent = (cell: GridCell | undefined) => !!cell && ((cell.value !== null && cell.value !== "") || !!cell.formula);

  /** The value cell of a label: right of it (past its own merge), or below it. */
  const valueCellOf = (r: number, c: number): { r: number; c: number } | undefined => {
    const merge = view.mergeAt(r, c);
    const right = merge ? merge.right + 1 : c + 1;
    const rightCell = view.cell(r, right);
    if (hasContent(rightCell) && !isLabelAt(r, right)) return { r, c: right };
    const below = merge ? merge.bottom + 1 : r + 1;
    const belowCell = view.cell(below, c);
    // Right of the label is empty, or another label (a row of labels with their values below).
    // A value below only when the row below is not itself a label row (a header-style table).
    if (hasContent(belowCell) && !isLabelAt(below, c) && !labels.some((l) => l.r === below)) {
      return { r: below, c };
    }
    return undefined;
  };

  /** A unit written next to the value (a 单位 column) or in the label's brackets. */
  const unitNear = (label: string, vr: number, vc: number): { money?: MoneyUnit; percent: boolean } => {
    const next = compact(cellText(view.cell(vr, vc + 1)));
    if (UNIT_WORD.test(next)) return { money: findUnit(next), percent: /%|％/.test(next) };
    const bracket = /[(（]([^)）]*)[)）]/.exec(toHalfWidth(label));
    if (bracket) return { money: findUnit(bracket[1]), percent: bracket[1].includes("%") };
    return { percent: false };
  };

  const rateSlots: { rate: RateSpec["id"]; row: number; col: number }[] = [];
  const labelCols = new Map<number, number>();
  const valueCols = new Map<number, number>();
  for (const { r, c, label, text } of labels) {
    labelCols.set(c, (labelCols.get(c) ?? 0) + 1);
    const at = valueCellOf(r, c);
    if (!at) {
      const right = (view.mergeAt(r, c)?.right ?? c) + 1;
      const slot = view.cell(r, right);
      if (label.kind === "rate" && (!slot || slot.value === null || slot.value === "")) rateSlots.push({ rate: label.spec.id, row: r, col: right });
      continue;
    }
    if (at.r === r) valueCols.set(at.c, (valueCols.get(at.c) ?? 0) + 1);
    const cell = view.cell(at.r, at.c);
    const ref = cellRef(name, at.r, at.c);
    const raw = cellText(cell) || String(cell?.value ?? "");
    const near = unitNear(text, at.r, at.c);

    if (label.kind === "rate") {
      const p = parseCellNumber(cell);
      if (p.kind === "number") {
        const written = p.written ?? { percent: p.value, decimals: decimalsOfCell(cell) };
        // A bare number with no % anywhere: 0.98 may be 98% or 0.98%; the check accepts either.
        const ambiguous = !p.isFraction && !near.percent && p.value.abs().lessThanOrEqualTo(1);
        reportedRates.push({
          rate: label.spec.id,
          percent: written.percent,
          decimals: written.decimals,
          cell: ref,
          label: text,
          numeric: typeof cell?.value === "number" && p.isFraction,
          ambiguous,
        });
      } else if (p.kind === "unreadable") {
        problems.push({ cell: ref, what: label.spec.name, reason: p.reason, check: "missing-input" });
      }
      continue;
    }
    const spec = label.spec;
    if (spec.kind === "text" || spec.kind === "date") {
      if (!texts.has(spec.key)) texts.set(spec.key, { value: raw, cell: ref });
      continue;
    }
    if (spec.kind === "year") {
      const m = /(\d{4})/.exec(toHalfWidth(raw));
      if (m && !fields.has(spec.key)) {
        fields.set(spec.key, { key: spec.key, value: new Decimal(m[1]), source: { cell: ref, numeric: typeof cell?.value === "number" }, raw });
      }
      continue;
    }
    if (spec.kind === "percent-list") {
      const parts = typeof cell?.value === "string" ? toHalfWidth(cell.value).split(/[、,，;；/\s]+/).filter(Boolean) : [null];
      const items: FieldValue[] = lists.get(spec.key)?.items.slice() ?? [];
      for (const part of parts) {
        const p = part === null ? parseCellNumber(cell) : parseNumberText(part);
        const v = asPercent(p, near.percent);
        if (v && p.kind === "number") {
          const numeric = part === null && typeof cell?.value === "number";
          items.push({ key: spec.key, value: v, source: { cell: ref, numeric, percentPoints: !p.isFraction }, raw: part ?? raw });
        }
        else if (p.kind === "unreadable") problems.push({ cell: ref, what: spec.labels[0], reason: p.reason, check: "missing-input" });
      }
      lists.set(spec.key, { key: spec.key, items });
      continue;
    }
    if (fields.has(spec.key)) continue; // the first occurrence wins
    const p = parseCellNumber(cell);
    if (p.kind === "unreadable") {
      problems.push({ cell: ref, what: spec.labels[0], reason: p.reason, check: "missing-input" });
      continue;
    }
    if (p.kind === "empty") continue;
    let value: Decimal;
    let unit: MoneyUnit | undefined;
    let percentPoints: boolean | undefined;
    if (spec.kind === "percent") {
      value = asPercent(p, near.percent)!;
      percentPoints = !p.isFraction;
    } else if (spec.kind === "amount") {
      unit = p.unit ?? near.money ?? sheetUnit ?? "元";
      value = toYuan(p.value, unit);
    } else {
      value = p.value;
    }
    fields.set(spec.key, {
      key: spec.key,
      value,
      source: { cell: ref, numeric: typeof cell?.value === "number", unit, percentPoints },
      raw,
    });
  }
  const mostUsed = (m: Map<number, number>, fallback: number) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  let lastRow = 0;
  grid.rows.forEach((row, r) => {
    if (row?.some((cell) => cell && cell.value !== null && cell.value !== "")) lastRow = r;
  });
  const labelCol = mostUsed(labelCols, 1);
  const layout: BasicLayout = { sheet: name, lastRow, labelCol, valueCol: mostUsed(valueCols, labelCol + 1), rateSlots, formulaBlockRow };
  return { fields, lists, texts, reportedRates, unit: sheetUnit, problems, layout };
}

/**
 * A percent input: with a % sign or format, as seen; a bare number with "%" in its 单位 column,
 * or above 1, is percentage points (94 = 94%); a bare number up to 1 is a fraction (0.95 = 95%).
 */
function asPercent(p: ParsedNumber, unitIsPercent: boolean): Decimal | undefined {
  if (p.kind !== "number") return undefined;
  if (p.isFraction) return p.value;
  if (unitIsPercent || p.value.abs().greaterThan(1)) return p.value.dividedBy(HUNDRED);
  return p.value;
}

function decimalsOfCell(cell: GridCell | undefined): number {
  const s = cell ? toHalfWidth(String(cell.value ?? "")).replace(/%$/, "") : "";
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}
