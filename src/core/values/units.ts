import { Decimal, dec } from "../decimal";

/** The money units the workbooks use. Amounts are held in 元 inside the engine. */
export type MoneyUnit = "元" | "千元" | "万元" | "亿元";

export const MONEY_UNITS: readonly MoneyUnit[] = ["亿元", "万元", "千元", "元"];

const FACTOR: Record<MoneyUnit, Decimal> = {
  元: dec(1),
  千元: dec(1000),
  万元: dec(10000),
  亿元: dec(100000000),
};

export function unitFactor(unit: MoneyUnit): Decimal {
  return FACTOR[unit];
}

export function toYuan(value: Decimal, unit: MoneyUnit): Decimal {
  return value.times(FACTOR[unit]);
}

export function fromYuan(value: Decimal, unit: MoneyUnit): Decimal {
  return value.dividedBy(FACTOR[unit]);
}

/** Finds a money unit named in a text: "金额单位：万元", "年初预算数（万元）", "3972万元". */
export function findUnit(text: string): MoneyUnit | undefined {
  for (const u of MONEY_UNITS) if (text.includes(u)) return u;
  return undefined;
}
