/** Chinese numerals and lists as the reports write them: 两个二级指标, 预算编制、目标设置和资产管理. */
import { spans, type Span } from "./text";

const DIGIT = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1 to 99; larger counts stay Arabic). */
export function cnNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGIT[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGIT[tens]}十${ones ? DIGIT[ones] : ""}`;
}

/** A count before a measure word: 两个, not 二个 (两项, 两个二级指标). */
export function cnCount(n: number): string {
  return n === 2 ? "两" : cnNumber(n);
}

/** "A", "A和B", "A、B和C": the reports' list of names (or spans). */
export function enumerate(items: readonly (string | readonly Span[])[]): Span[] {
  return items.flatMap((item, i) => spans(i === 0 ? "" : i === items.length - 1 ? "和" : "、", typeof item === "string" ? item : [...item]));
}
