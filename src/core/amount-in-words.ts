/**
 * 金额大写: an amount in Chinese capital numerals, as accountants write it on vouchers
 * (111,931,823.11 → 壹亿壹仟壹佰玖拾叁万壹仟捌佰贰拾叁元壹角壹分). Rounded to the 分, 四舍五入.
 */
import { Decimal, round } from "./decimal";

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const IN_GROUP = ["仟", "佰", "拾", ""];
const GROUPS = ["", "万", "亿", "万亿"];

function integerWords(digits: string): string {
  const padded = digits.padStart(Math.ceil(digits.length / 4) * 4, "0");
  const groupCount = padded.length / 4;
  let out = "";
  let pendingZero = false;
  for (let g = 0; g < groupCount; g++) {
    const group = padded.slice(g * 4, g * 4 + 4);
    for (let i = 0; i < 4; i++) {
      const d = Number(group[i]);
      if (d === 0) {
        pendingZero = out.length > 0;
        continue;
      }
      if (pendingZero) out += "零";
      out += DIGITS[d] + IN_GROUP[i];
      pendingZero = false;
    }
    if (Number(group) > 0) out += GROUPS[groupCount - 1 - g];
  }
  return out;
}

export function amountInWords(amount: Decimal): string {
  const cents = round(amount.abs(), 2).times(100);
  if (cents.greaterThanOrEqualTo("1e18")) throw new RangeError("金额过大");
  const sign = amount.isNegative() && !cents.isZero() ? "负" : "";
  const text = cents.toFixed(0);
  const yuan = text.length > 2 ? text.slice(0, -2) : "0";
  const jiao = Number(text.length > 1 ? text[text.length - 2] : "0");
  const fen = Number(text[text.length - 1]);
  const integer = yuan === "0" ? "" : integerWords(yuan) + "元";
  if (!jiao && !fen) return `${sign}${integer || "零元"}整`;
  let fraction = "";
  if (jiao) fraction += DIGITS[jiao] + "角";
  else if (integer) fraction += "零";
  if (fen) fraction += DIGITS[fen] + "分";
  else fraction += "整";
  return sign + integer + fraction;
}
