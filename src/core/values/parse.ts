/**
 * Reading numbers the way accountants write them: "3,972.00", "3972万元", "99.07%", "３９７２",
 * "￥111,931,823.11", "人民币3,972元", "20分", "−25.42%", and "—", "-", "无" or blank for "no value". Every reader path goes
 * through here, so a number is understood in one way only.
 */
import { Decimal, dec } from "../decimal";
import { isErrorValue, type GridCell } from "../grid/grid";
import { compact } from "./text";
import { findUnit, type MoneyUnit } from "./units";

export type ParsedNumber =
  | { kind: "empty" }
  | { kind: "unreadable"; text: string; reason: string }
  | {
      kind: "number";
      value: Decimal;
      /** The text had a % sign or the cell a percent format: value is already a fraction. */
      isFraction: boolean;
      /** A percent number as written (99.07 for "99.07%"), with its decimals, for reported rates. */
      written?: { percent: Decimal; decimals: number };
      unit?: MoneyUnit;
    };

const EMPTY_WORDS = new Set(["", "-", "--", "—", "——", "–", "/", "无", "空", "不适用", "N/A", "n/a", "NA"]);

/** ￥ (full-width yen/yuan sign), ¥, and the currency written out, after an optional sign or bracket (RMB/CNY also after the number). */
const CURRENCY_RE = /^([(+-]*)(?:人民币|RMB|CNY|[￥¥])/i;

const NUMBER_RE = /^\(?([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)\)?$/;

/** Decimals a percent number format shows: "0.00%" → 2. */
function percentFormatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt || !numFmt.includes("%")) return undefined;
  const m = /0\.(0+)%/.exec(numFmt);
  return m ? m[1].length : 0;
}

function decimalsOf(text: string): number {
  const i = text.indexOf(".");
  return i < 0 ? 0 : text.length - i - 1;
}

export function parseNumberText(raw: string): ParsedNumber {
  let t = compact(raw).replace(/[−－﹣]/g, "-").replace(/，/g, ",");
  if (EMPTY_WORDS.has(t)) return { kind: "empty" };
  // A currency sign or name before the number (after any sign): "￥111,931,823.11", "-¥5", "人民币3,972元".
  t = t.replace(CURRENCY_RE, "$1").replace(/(?<=\d)(?:RMB|CNY)$/i, "");
  // "3972万" and "1.2亿" name the unit without 元.
  const unit = findUnit(t) ?? (/\d万$/.test(t) ? "万元" : /\d亿$/.test(t) ? "亿元" : undefined);
  let percent = false;
  if (t.endsWith("%") || t.endsWith("％")) {
    percent = true;
    t = t.slice(0, -1);
  }
  t = t
    .replace(/^(约|共计|合计|计)/, "")
    .replace(/(亿元|万元|千元|元|万|亿|分|人|个|项)$/, "");
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1);
  }
  const m = NUMBER_RE.exec(t);
  if (!m) return { kind: "unreadable", text: raw, reason: `“${raw}”不是数字` };
  const negative = m[1] === "-" || (t.startsWith("(") && t.endsWith(")"));
  const digits = m[2].replace(/,/g, "");
  let value = dec(digits);
  if (negative) value = value.negated();
  if (percent) {
    return {
      kind: "number",
      value: value.dividedBy(100),
      isFraction: true,
      written: { percent: value, decimals: decimalsOf(digits) },
      unit,
    };
  }
  return { kind: "number", value, isFraction: false, unit };
}

/** A cell as a number. A percent-formatted number is a fraction (0.9907 shown as 99.07%). */
export function parseCellNumber(cell: GridCell | undefined): ParsedNumber {
  if (!cell) return { kind: "empty" };
  const v = cell.value;
  if ((v === null || v === undefined) && cell.formula) {
    return { kind: "unreadable", text: `=${cell.formula}`, reason: "公式没有计算结果（文件未经 Excel 保存），请在 Excel 或 WPS 中打开、保存后再试" };
  }
  if (v === null || v === undefined) return { kind: "empty" };
  if (isErrorValue(v)) return { kind: "unreadable", text: v.error, reason: `单元格是错误值 ${v.error}` };
  if (cell.isDate) return { kind: "unreadable", text: String(v), reason: `“${String(v)}”是日期，不是数字` };
  if (typeof v === "boolean") return { kind: "unreadable", text: String(v), reason: "单元格是逻辑值，不是数字" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "unreadable", text: String(v), reason: "不是有限的数字" };
    // Through the shortest round-trip text, so 0.1 stays 0.1 and not 0.1000000000000000055.
    const value = new Decimal(String(v));
    const pd = percentFormatDecimals(cell.numFmt);
    if (pd !== undefined) {
      const percent = value.times(100);
      return { kind: "number", value, isFraction: true, written: { percent, decimals: pd } };
    }
    return { kind: "number", value, isFraction: false };
  }
  return parseNumberText(v);
}

/** Plain text of a cell for labels and reasons ("" for empty and error values). */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === null || v === undefined || isErrorValue(v)) return "";
  return String(v).trim();
}
