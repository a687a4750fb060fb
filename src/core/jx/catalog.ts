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

export type JxKind = "rate" | "growth" | "grade" | "rule-score" | "reason-points" | "amount-in-words" | "execution-score" | "indicator-score";

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
      zhDescription: key === "key_task_rates" ? "各项重点工作的完成率（一个区域）；只写数字时大于1的按百分点读（98即98%）" : `${labelOfInput(key)}（金额单位须一致）`,
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
    zhDescription: "总分（四舍五入到两位小数）对应的评价等级：优（≥90）、良（80-90）、中（60-80）、差（<60）",
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
    id: "EXECUTION_SCORE",
    kind: "execution-score",
    zhName: "预算执行率得分",
    zhDescription: "项目支出绩效自评表中预算执行率的得分=分值×执行数/预算数，执行率超过100%按100%计（财预〔2020〕10号）",
    params: [
      { key: "spend", zhName: "执行数", zhDescription: "全年执行数（金额单位须与预算数一致）", optional: false },
      { key: "budget", zhName: "预算数", zhDescription: "全年预算数（调整后预算数）", optional: false },
      { key: "weight", zhName: "分值", zhDescription: "预算执行率的分值，国家表样为10分", optional: false },
    ],
  },
  {
    id: "INDICATOR_SCORE",
    kind: "indicator-score",
    zhName: "指标得分",
    zhDescription: "按年度指标值和实际完成值计算的绩效指标得分：达到目标得满分，未达到按比例计分（正向、反向、等于）；定性指标返回 #N/A 并说明应在的得分区间",
    params: [
      { key: "target", zhName: "年度指标值", zhDescription: "年度指标值，如“≥95%”“≤100万元”“=12次”“100%”", optional: false },
      { key: "actual", zhName: "实际完成值", zhDescription: "实际完成值，如“98%”“102个”“按时完成”", optional: false },
      { key: "weight", zhName: "分值", zhDescription: "指标分值", optional: false },
      { key: "nature", zhName: "指标性质", zhDescription: "可选：正向、反向、等于或定性，或计算符号（≥、≤、=）；不填时按年度指标值的写法判断", optional: true },
      { key: "unit", zhName: "度量单位", zhDescription: "可选：度量单位（如 %、万元、个），年度指标值和实际完成值只写数字时使用", optional: true },
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
    zhDescription: "金额的中文大写（如 壹万贰仟叁佰肆拾伍元陆角柒分），按分四舍五入；金额的绝对值须小于10^16元，否则返回 #NUM!",
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
