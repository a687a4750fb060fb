/**
 * Stage 3 of the 基础数据表 reader: a value cell read as its label says. Amounts come out in 元
 * (unit from the value, the 单位 column or label, the sheet's 金额单位, else 元); percents as
 * fractions; a rate name's value is the department's reported rate; 重点工作完成率 is a list.
 */
import { Decimal, HUNDRED } from "../decimal";
import type { FieldSpec } from "../fields";
import type { GridCell } from "../grid/grid";
import type { FieldValue, InputProblem, ReportedRate } from "../input";
import type { RateSpec } from "../rates";
import { cellText, parseCellNumber, parseNumberText, type ParsedNumber } from "../values/parse";
import { toHalfWidth } from "../values/text";
import { toYuan, type MoneyUnit } from "../values/units";

export interface ValueAt {
  readonly cell: GridCell | undefined;
  /** "基础数据表!C8" */
  readonly ref: string;
  /** The unit written near the value. */
  readonly near: { readonly money?: MoneyUnit; readonly percent: boolean };
  readonly sheetUnit?: MoneyUnit;
}

type Outcome<T> = { value: T } | { problem: InputProblem } | undefined;

const raw = (v: ValueAt) => cellText(v.cell) || String(v.cell?.value ?? "");

/** A reported rate as written: 99.07% (text or percent format), or a bare number. */
export function readReportedRate(spec: RateSpec, label: string, v: ValueAt): Outcome<ReportedRate> {
  const p = parseCellNumber(v.cell);
  if (p.kind === "unreadable") return { problem: { cell: v.ref, what: spec.name, reason: p.reason, check: "missing-input" } };
  if (p.kind !== "number") return undefined;
  const written = p.written ?? { percent: p.value, decimals: decimalsOfCell(v.cell) };
  return {
    value: {
      rate: spec.id,
      percent: written.percent,
      decimals: written.decimals,
      cell: v.ref,
      label,
      numeric: typeof v.cell?.value === "number" && p.isFraction,
      // A bare number with no % anywhere: 0.98 may be 98% or 0.98%; the check accepts either.
      ambiguous: !p.isFraction && !v.near.percent && p.value.abs().lessThanOrEqualTo(1),
    },
  };
}

/** "94%、99%" in one cell, or one number per row: each item of a percent list. */
export function readPercentList(spec: FieldSpec, v: ValueAt): { items: FieldValue[]; problems: InputProblem[] } {
  const items: FieldValue[] = [];
  const problems: InputProblem[] = [];
  const parts = typeof v.cell?.value === "string" ? toHalfWidth(v.cell.value).split(/[、,，;；/\s]+/).filter(Boolean) : [null];
  for (const part of parts) {
    const p = part === null ? parseCellNumber(v.cell) : parseNumberText(part);
    const value = asPercent(p, v.near.percent);
    if (value && p.kind === "number") {
      const numeric = part === null && typeof v.cell?.value === "number";
      items.push({ key: spec.key, value, source: { cell: v.ref, numeric, percentPoints: !p.isFraction }, raw: part ?? raw(v) });
    } else if (p.kind === "unreadable") problems.push({ cell: v.ref, what: spec.labels[0], reason: p.reason, check: "missing-input" });
  }
  return { items, problems };
}

/** A number field: an amount, a percent or a count. */
export function readNumberField(spec: FieldSpec, v: ValueAt): Outcome<FieldValue> {
  const p = parseCellNumber(v.cell);
  if (p.kind === "unreadable") return { problem: { cell: v.ref, what: spec.labels[0], reason: p.reason, check: "missing-input" } };
  if (p.kind === "empty") return undefined;
  let value: Decimal;
  let unit: MoneyUnit | undefined;
  let percentPoints: boolean | undefined;
  if (spec.kind === "percent") {
    value = asPercent(p, v.near.percent)!;
    percentPoints = !p.isFraction;
  } else if (spec.kind === "amount") {
    unit = p.unit ?? v.near.money ?? v.sheetUnit ?? "元";
    value = toYuan(p.value, unit);
  } else {
    value = p.value;
  }
  return { value: { key: spec.key, value, source: { cell: v.ref, numeric: typeof v.cell?.value === "number", unit, percentPoints }, raw: raw(v) } };
}

/** 评价年度: the four digits in "2023", "2023年", "2023年度". */
export function readYearField(spec: FieldSpec, v: ValueAt): FieldValue | undefined {
  const text = raw(v);
  const m = /(\d{4})/.exec(toHalfWidth(text));
  return m ? { key: spec.key, value: new Decimal(m[1]), source: { cell: v.ref, numeric: typeof v.cell?.value === "number" }, raw: text } : undefined;
}

export function readTextField(v: ValueAt): { value: string; cell: string } {
  return { value: raw(v), cell: v.ref };
}

/**
 * A percent input: with a % sign or format, as seen; a bare number with "%" in its 单位 column,
 * or above 1, is percentage points (94 = 94%); a bare number up to 1 is a fraction (0.95 = 95%).
 * JX.KEY_TASK_COMPLETION reads its values through here too.
 */
export function asPercent(p: ParsedNumber, unitIsPercent: boolean): Decimal | undefined {
  if (p.kind !== "number") return undefined;
  if (p.isFraction) return p.value;
  if (unitIsPercent || p.value.greaterThan(1) || p.value.lessThan(-1)) return p.value.dividedBy(HUNDRED);
  return p.value;
}

function decimalsOfCell(cell: GridCell | undefined): number {
  const s = cell ? toHalfWidth(String(cell.value ?? "")).replace(/%$/, "") : "";
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}
