/**
 * The JX.* custom functions as data: id, Chinese name and description, parameters. The Excel
 * wrappers (src/functions), the zh-CN metadata, the JX formula writer and the translation back
 * to standard formulas all read this one table.
 */
import { dec, type Decimal } from "../decimal";
import { isValueError } from "../errors";
import { ALL_RATES, computeRate, type RateId } from "../rates";
import { inputsOf } from "../rates/expression";
import { labelOfInput, rateValuesFrom } from "../rate-values";

export interface JxParam {
  readonly key: string;
  readonly zhName: string;
  readonly zhDescription: string;
  readonly optional: boolean;
  /** A range of values (重点工作完成率). */
  readonly list?: boolean;
}

export type JxKind = "rate" | "growth" | "grade" | "rule-score" | "reason-points" | "amount-in-words";

export interface JxFunction {
  readonly id: string;
  readonly kind: JxKind;
  readonly zhName: string;
  readonly zhDescription: string;
  readonly params: readonly JxParam[];
  readonly rate?: RateId;
}

/** A parameter is optional when the rate can still be computed without it (另一分支或可选项). */
function isRequired(rateId: RateId, key: string, keys: readonly string[]): boolean {
  const spec = ALL_RATES.find((r) => r.id === rateId)!;
  const values: Record<string, Decimal | Decimal[]> = {};
  for (const k of keys) if (k !== key) values[k] = k === "key_task_rates" ? [dec(1)] : dec(1);
  const r = computeRate(spec, rateValuesFrom(values));
  return isValueError(r) && r.code === "missing";
}

/** Chinese names for functions: letters, digits, "." and "_" only (no quotes). */
function functionName(name: string): string {
  return name.replace(/["“”]/g, "");
}

const RATE_FUNCTIONS: JxFunction[] = ALL_RATES.map((spec) => {
  const keys = inputsOf(spec.expr);
  return {
    id: spec.id.toUpperCase(),
    kind: "rate",
    rate: spec.id,
    zhName: functionName(spec.name),
    zhDescription: `${spec.name}：${spec.formula}。结果为比率，请设置百分比格式。`,
    params: keys.map((key) => ({
      key,
      zhName: labelOfInput(key).replace(/["“”()（）]/g, ""),
      zhDescription: key === "key_task_rates" ? "各项重点工作的完成率（一个区域）" : `${labelOfInput(key)}（金额单位须一致）`,
      optional: !isRequired(spec.id, key, keys),
      list: key === "key_task_rates" || undefined,
    })),
  };
});

const OTHER_FUNCTIONS: JxFunction[] = [
  {
    id: "GROWTH_RATE",
    kind: "growth",
    zhName: "同比增长率",
    zhDescription: "同比增长率=(本期数-上期数)/上期数。结果为比率，请设置百分比格式。",
    params: [
      { key: "current", zhName: "本期数", zhDescription: "本年的数值", optional: false },
      { key: "prior", zhName: "上期数", zhDescription: "上年的数值", optional: false },
    ],
  },
  {
    id: "GRADE",
    kind: "grade",
    zhName: "评价等级",
    zhDescription: "总分对应的评价等级：优（≥90）、良（80-90）、中（60-80）、差（<60）",
    params: [{ key: "score", zhName: "总分", zhDescription: "自评总分", optional: false }],
  },
  {
    id: "RULE_SCORE",
    kind: "rule-score",
    zhName: "规则得分",
    zhDescription: "按评分规则（如“下限 支出完成率 95% 60%”）计算的建议得分",
    params: [
      { key: "rule", zhName: "评分规则", zhDescription: "评分规则文字，如“下限 支出完成率 95% 60%”“按比例 重点工作完成率”“扣分”", optional: false },
      { key: "weight", zhName: "分值", zhDescription: "指标分值", optional: false },
      { key: "rate", zhName: "比率", zhDescription: "规则所用比率的值（如 99.07% 或 0.9907）", optional: true },
      { key: "reason", zhName: "扣分原因", zhDescription: "“扣分”规则使用的扣分原因文字", optional: true },
    ],
  },
  {
    id: "REASON_POINTS",
    kind: "reason-points",
    zhName: "扣分分数",
    zhDescription: "扣分原因文字中写明的扣分分数，如“未及时公开，扣1.5分”得 1.5",
    params: [{ key: "reason", zhName: "扣分原因", zhDescription: "扣分原因文字", optional: false }],
  },
  {
    id: "AMOUNT_IN_WORDS",
    kind: "amount-in-words",
    zhName: "金额大写",
    zhDescription: "金额的中文大写（如 壹万贰仟叁佰肆拾伍元陆角柒分），按分四舍五入",
    params: [{ key: "amount", zhName: "金额", zhDescription: "以元为单位的金额", optional: false }],
  },
];

export const JX_FUNCTIONS: readonly JxFunction[] = [...RATE_FUNCTIONS, ...OTHER_FUNCTIONS];

export const JX_NAMESPACE = "JX";

const BY_ID = new Map(JX_FUNCTIONS.map((f) => [f.id, f]));

export function jxFunction(id: string): JxFunction | undefined {
  return BY_ID.get(id) ?? BY_ID.get(id.toUpperCase());
}

/**
 * Chinese names the zh-CN metadata gave the functions in earlier builds of the add-in (支出完成率, …): formulas
 * typed in a Chinese Excel then carry them, so they are still recognised.
 */
const BY_FORMER_NAME = new Map(JX_FUNCTIONS.map((f) => [f.zhName, f]));

/** A function by the name a formula uses: its id in any case, or its former Chinese name. */
export function jxFunctionByName(name: string): JxFunction | undefined {
  return jxFunction(name) ?? BY_FORMER_NAME.get(name);
}

export function jxFunctionForRate(rate: RateId): JxFunction {
  return JX_FUNCTIONS.find((f) => f.rate === rate)!;
}
