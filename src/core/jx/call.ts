/**
 * The one validation gate of the JX functions: Excel arguments in (numbers, text, blanks,
 * 2-D ranges), a result or a typed error out. #VALUE! for arguments of the wrong kind (text,
 * a negative 分值 or 预算数), #N/A when nothing can be computed (a missing input, a zero
 * denominator), #NUM! for a number outside what the function can write (金额大写 from 10^16 元).
 * Scores come out as the engine reports them: 2 decimals, 四舍五入 (toRounded).
 */
import { Decimal, toRounded } from "../decimal";
import { isValueError } from "../errors";
import { amountInWords } from "../amount-in-words";
import { computeRate, rateSpec } from "../rates";
import { rateValuesFrom } from "../rate-values";
import { parseNumberText } from "../values/parse";
import { asPercent } from "../reader/basic-fields";
import { reasonPoints } from "../rules/reason-points";
import { parseRule } from "../rules/rule";
import { suggestScore } from "../rules/suggest-score";
import { gradeOf } from "../scoring/grade";
import { assessTarget } from "../targets/assess";
import { executionScore } from "../targets/execution-score";
import { BAND_NAMES, BAND_SHARE } from "../targets/quality-band";
import { formatPoints } from "../format";
import { jxFunction, type JxParam } from "./catalog";

export type JxArg = number | string | boolean | null | undefined | readonly (readonly unknown[])[];

export type JxResult =
  | { readonly ok: true; readonly value: number | string }
  | { readonly ok: false; readonly error: "value" | "na" | "num"; readonly message: string };

class ArgumentError extends Error {}

const fail = (error: "value" | "na" | "num", message: string): JxResult => ({ ok: false, error, message });

/** A 分值 or 预算数 below 0 is bad input, not a number to score with (docs/functions.md). */
function notNegative(value: Decimal | undefined, p: JxParam): Decimal | undefined {
  if (value?.isNegative()) throw new ArgumentError(`${p.zhName}不能为负数（${value.toString()}）`);
  return value;
}

/** A score as the engine reports it (result JSON, checks, summaries): 2 decimals, 四舍五入. */
const score = (value: Decimal): JxResult => ({ ok: true, value: toRounded(value) });

/** A scalar argument as a Decimal; blank (null, "") is undefined. Text like "3,972" is read. */
function scalar(arg: JxArg, p: JxParam): Decimal | undefined {
  if (arg === null || arg === undefined || arg === "") return undefined;
  if (typeof arg === "number") {
    if (!Number.isFinite(arg)) throw new ArgumentError(`${p.zhName}不是有效的数字`);
    // decimal.js reads a number through its shortest round-trip text: 0.1 stays 0.1.
    return new Decimal(arg);
  }
  if (typeof arg === "string") {
    const parsed = parseNumberText(arg);
    if (parsed.kind === "number") return parsed.value;
    if (parsed.kind === "empty") return undefined;
    throw new ArgumentError(`${p.zhName}“${arg}”不是数字`);
  }
  if (Array.isArray(arg)) {
    const flat = arg.flat();
    if (flat.length === 1) return scalar(flat[0] as JxArg, p);
  }
  throw new ArgumentError(`${p.zhName}应为一个数字`);
}

/**
 * The one list parameter, 各项重点工作完成率, read as the engine reads the 基础数据表's percents
 * (asPercent): "98%" or a percent-formatted 0.98 is 98%, and so is a bare 98 (above 1:
 * percentage points); a bare number up to 1 is a fraction.
 */
function percentList(arg: JxArg, p: JxParam): Decimal[] {
  const items = Array.isArray(arg) ? (arg.flat() as JxArg[]) : [arg];
  const out: Decimal[] = [];
  for (const x of items) {
    // Text is parsed once, so "98%" keeps its percent sign for asPercent.
    const parsed = typeof x === "string" ? parseNumberText(x) : undefined;
    if (parsed && parsed.kind !== "number") {
      if (parsed.kind === "empty") continue;
      throw new ArgumentError(`${p.zhName}“${x}”不是数字`);
    }
    const value = parsed ? parsed.value : scalar(x, p);
    if (value === undefined) continue;
    out.push(asPercent(parsed ?? { kind: "number", value, isFraction: false }, false)!);
  }
  return out;
}

function text(arg: JxArg, p: JxParam): string {
  if (arg === null || arg === undefined) return "";
  if (Array.isArray(arg)) return arg.flat().map(String).join("");
  if (typeof arg === "boolean") throw new ArgumentError(`${p.zhName}应为文字`);
  return String(arg);
}

export function callJx(id: string, args: readonly JxArg[]): JxResult {
  const fn = jxFunction(id);
  if (!fn) return fail("value", `未知的函数 JX.${id}`);
  try {
    const p = fn.params;
    switch (fn.kind) {
      case "rate": {
        const values: Record<string, Decimal | Decimal[] | undefined> = {};
        p.forEach((param, i) => (values[param.key] = param.list ? percentList(args[i], param) : param.key === "weight" ? notNegative(scalar(args[i], param), param) : scalar(args[i], param)));
        const r = computeRate(rateSpec(fn.rate!), rateValuesFrom(values));
        return isValueError(r) ? fail("na", r.message) : { ok: true, value: r.toNumber() };
      }
      case "growth": {
        const current = scalar(args[0], p[0]);
        const prior = scalar(args[1], p[1]);
        if (current === undefined || prior === undefined) return fail("na", `缺少：${current === undefined ? p[0].zhName : p[1].zhName}`);
        if (prior.isZero()) return fail("na", "上期数为0，无法计算");
        return { ok: true, value: current.minus(prior).dividedBy(prior).toNumber() };
      }
      case "grade": {
        const score = scalar(args[0], p[0]);
        return score === undefined ? fail("na", "缺少：总分") : { ok: true, value: gradeOf(score) };
      }
      case "reason-points": {
        const points = reasonPoints(text(args[0], p[0]));
        if (points.deducted !== undefined) return { ok: true, value: points.deducted.toNumber() };
        return fail("na", "扣分原因中没有写明扣几分");
      }
      case "amount-in-words": {
        const amount = scalar(args[0], p[0]);
        if (amount === undefined) return fail("na", "缺少：金额");
        try {
          return { ok: true, value: amountInWords(amount) };
        } catch (e) {
          // amountInWords writes up to 万亿 (16 integer digits) and refuses more with a RangeError.
          if (e instanceof RangeError) return fail("num", "金额超出范围：金额大写最大到万亿位，金额的绝对值须小于10^16元（一亿亿元）");
          throw e;
        }
      }
      case "execution-score": {
        const [spend, budget, weight] = [0, 1, 2].map((i) => (i === 0 ? scalar(args[i], p[i]) : notNegative(scalar(args[i], p[i]), p[i])));
        const missing = [spend, budget, weight].findIndex((x) => x === undefined);
        if (missing >= 0) return fail("na", `缺少：${p[missing].zhName}`);
        const s = executionScore(spend, budget, weight!);
        return isValueError(s) ? fail("na", budget!.isZero() ? "预算数为0，无法计算" : s.message) : score(s);
      }
      case "indicator-score": {
        const target = text(args[0], p[0]).trim();
        const actual = text(args[1], p[1]).trim();
        const weight = notNegative(scalar(args[2], p[2]), p[2]);
        if (!target || !actual || weight === undefined) return fail("na", `缺少：${(!target ? p[0] : !actual ? p[1] : p[2]).zhName}`);
        const nature = text(args[3], p[3]).trim();
        // 指标性质 or a 计算符号 (≥ ≤ =) in the fourth argument: assessTarget reads either.
        const t = assessTarget({ target, actual, nature, unit: text(args[4], p[4]).trim() }, weight);
        if (!t) return fail("na", `年度指标值“${target}”或实际完成值“${actual}”无法读取`);
        if (t.suggested) return score(t.suggested);
        if (t.band) {
          const [low, high] = BAND_SHARE[t.band].map((share) => formatPoints(weight.times(share)));
          return fail("na", `定性指标：实际完成情况为“${actual}”（${BAND_NAMES[t.band]}），得分由单位在${t.band === "not-achieved" ? `${high}以下` : `${low}至${high}`}之间确定`);
        }
        if (t.direction === "qualitative") return fail("na", `定性指标：实际完成情况“${actual}”没有写明是否达成，请人工评分`);
        return fail("na", `年度指标值“${target}”与实际完成值“${actual}”无法比较（单位不同或指标值为0）`);
      }
      case "rule-score": {
        const parsed = parseRule(text(args[0], p[0]));
        if (!parsed.ok) return fail("value", parsed.message);
        const weight = notNegative(scalar(args[1], p[1]), p[1]);
        if (weight === undefined) return fail("na", "缺少：分值");
        // The rate as a fraction: a percent-formatted cell (0.9907) or text "99.07%".
        const rate = scalar(args[2], p[2]);
        const s = suggestScore(parsed.rule, weight, rate, text(args[3], p[3]) || undefined);
        if (s === undefined) return fail("na", parsed.rule.kind === "manual" ? "手工评分的规则没有建议得分" : "缺少：比率");
        return score(s);
      }
    }
  } catch (e) {
    if (e instanceof ArgumentError) return fail("value", e.message);
    throw e;
  }
}
