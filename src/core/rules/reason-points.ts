/**
 * The points a 扣分原因 text names: "未及时做到采购意向公开，扣2分", "扣除1.5分", "扣半分",
 * "按比例得4.83分", "不得分". Several "扣N分" add up unless a "共扣N分" gives the total.
 */
import { Decimal, dec, sum } from "../decimal";
import { toHalfWidth } from "../values/text";

export interface ReasonPoints {
  /** Points deducted, when the text names them. */
  readonly deducted?: Decimal;
  /** The score the text says was given ("得4.83分", "不得分" → 0). */
  readonly impliedScore?: Decimal;
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "2", "1.5", "半" (0.5), "一", "两", "十", "十二", "一点五", "一分半" style counts. */
function pointsOf(text: string): Decimal | undefined {
  const t = text.replace(/\s+/g, "");
  if (/^\d+(\.\d+)?$/.test(t)) return dec(t);
  if (t === "半") return dec("0.5");
  const m = /^([零〇一二两三四五六七八九]?)(十?)([零〇一二三四五六七八九]?)(?:点([零〇一二三四五六七八九]))?(半)?$/.exec(t);
  if (!m || t === "") return undefined;
  let n = 0;
  if (m[2]) n = (m[1] ? DIGIT[m[1]] : 1) * 10 + (m[3] ? DIGIT[m[3]] : 0);
  else if (m[1]) n = DIGIT[m[1]];
  else return undefined;
  let value = dec(n);
  if (m[4]) value = value.plus(dec(DIGIT[m[4]]).dividedBy(10));
  if (m[5]) value = value.plus("0.5");
  return value;
}

const NUM = String.raw`(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十点]+半?|半)`;
const TOTAL_RE = new RegExp(String.raw`(?:共|合计|累计|总计|共计)(?:扣除?|扣减|减)` + NUM + "分", "g");
const DEDUCT_RE = new RegExp(String.raw`(?:扣除?|扣减|减)` + NUM + "分", "g");
const GIVEN_RE = new RegExp(String.raw`(?<![扣不])得` + NUM + "分", "g");

/** "每项扣0.5分", "每发现一处扣1分": a rate per item, not points actually deducted. */
function isPerItem(text: string, at: number): boolean {
  return /每[^，,；;。]{0,8}$/.test(text.slice(Math.max(0, at - 9), at));
}

export function reasonPoints(reasonText: string): ReasonPoints {
  // Spaces ("扣 2 分") and full-width digits carry no meaning here.
  const text = toHalfWidth(reasonText).replace(/\s+/g, "");
  const totals = [...text.matchAll(TOTAL_RE)].map((m) => pointsOf(m[1])).filter((x): x is Decimal => !!x);
  let deducted: Decimal | undefined;
  if (totals.length) deducted = totals[totals.length - 1];
  else {
    const matches = [...text.matchAll(DEDUCT_RE)];
    const actual = matches.filter((m) => !isPerItem(text, m.index!));
    // Only per-item rates ("每项扣0.5分") and no total: the points are not stated.
    const each = actual.map((m) => pointsOf(m[1])).filter((x): x is Decimal => !!x);
    if (each.length) deducted = sum(each);
  }
  let impliedScore: Decimal | undefined;
  if (/不得分|得零分/.test(text)) impliedScore = dec(0);
  else {
    const given = [...text.matchAll(GIVEN_RE)].map((m) => pointsOf(m[1])).filter((x): x is Decimal => !!x);
    if (given.length) impliedScore = given[given.length - 1];
  }
  return { deducted, impliedScore };
}
