/**
 * What the words in a 评分表's header mean: the layout knowledge of the reader as data.
 *
 * Each pattern is matched against a header cell's key (`headerKey`: no spaces, half-width,
 * no unit in trailing brackets), so "指标权重（分）" and "权重(%)" both reach "…权重". Sources:
 * standard-workbook.md (our standard layout and its synonyms) and the tables departments
 * publish (Guangdong, Hunan, Anhui, Sichuan and Chongqing forms; 财预〔2020〕10号 annex).
 * To accept a new wording, add it here; the stages that read the table do not change.
 */
import { simplifiedLayoutWord } from "../values/simplified";
import { compact } from "../values/text";

/** What a column of the scoring table holds. */
export type ColumnRole =
  | "name" // an indicator name (a level column when the band names the level)
  | "weight" // 分值 / 权重
  | "score" // 自评得分
  | "reason" // 扣分原因, 偏差原因分析
  | "criteria" // 评分标准
  | "explanation" // 指标解释
  | "rule" // 评分规则 (our machine-readable rule)
  | "seq" // 序号
  | "target" // 年度指标值
  | "adjustedTarget" // 调整指标值
  | "actual" // 实际完成值
  | "nature" // 指标性质 (正向/反向/定性)
  | "measureUnit" // 度量单位
  | "sign" // 计算符号 (≥ ≤ =)
  | "section"; // a vertical "绩效指标" label beside the table: not data

interface RoleWords {
  readonly role: ColumnRole;
  readonly words: RegExp;
  /** A weak synonym ("说明", "备注") only counts when no strong one is in the band. */
  readonly weak?: boolean;
}

/** Tried in order: the first pattern that matches a header key decides its role. */
export const ROLE_WORDS: readonly RoleWords[] = [
  { role: "seq", words: /^(序号|编号)$/ },
  { role: "section", words: /^(绩效指标|指标体系)$/ },
  { role: "rule", words: /^(评分规则|计分规则)$/ },
  { role: "adjustedTarget", words: /^(调整指标值|调整后指标值|全年\(调整\)指标值|全年调整指标值)$/ },
  { role: "target", words: /^(年度指标值|指标值|年初指标值|目标值|年度目标值|预期指标值|全年指标值|预期目标值|绩效目标值)$/ },
  { role: "actual", words: /^(实际完成值|完成值|全年完成值|全年实际完成值|实际值|全年实际值|实际完成情况|实际完成数|完成情况|全年实际完成情况|实际完成指标值|年度实际完成值)$/ },
  { role: "nature", words: /^(指标性质|指标类型)$/ },
  { role: "measureUnit", words: /^(度量单位|计量单位)$/ },
  { role: "sign", words: /^(计算符号|比较符号|符号)$/ },
  { role: "weight", words: /^(分值|权重|标准分|标准分值|满分|指标分值|分数|指标权重|权数|指标分数|权重分值|分值权重|指标权重分值|应得分|满分值)$/ },
  { role: "score", words: /^(自评得分|得分|评分|自评分|自评分数|自评分值|评价得分|指标得分|考评得分|实际得分|自评得分数|得分情况|自评结果得分|实得分)$/ },
  {
    role: "reason",
    words: /^(扣分原因|扣分说明|扣分理由|扣分情况|扣分依据|扣分原因和其他说明|扣分原因及其他说明|扣分原因及说明|扣分原因说明|扣分原因分析|未完成原因分析|未完成原因|偏差原因分析及改进措施|偏差原因分析|偏差原因|偏差原因及改进措施|未完成原因分析及改进措施|原因分析)$/,
  },
  { role: "reason", words: /^(说明|备注|情况说明|原因|其他说明)$/, weak: true },
  { role: "criteria", words: /^(评分标准|评分办法|计分方法|评分细则|考核标准|评价标准|指标说明及评分标准|指标解释及评分标准|评分标准及说明|计分标准)$/ },
  { role: "explanation", words: /^(指标解释|指标说明|指标内涵|考核内容|评价内容|指标释义|指标定义)$/ },
  { role: "name", words: /^(名称|指标名称|指标|考核指标|评价指标|指标内容|评价要点|指标项)$/ },
];

/** The level a header word names: "一级指标" → 0. "一级指标分值" names a level and a weight. */
export const LEVEL_WORDS: readonly (readonly [RegExp, number])[] = [
  [/^一级(指标)?/, 0],
  [/^二级(指标)?/, 1],
  [/^三级(指标)?/, 2],
  [/^四级(指标)?/, 3],
];

/** The rest of a level word once the level is taken off: "一级指标分值" → "分值", "一级指标" → "". */
export function levelOf(key: string): { level: number; rest: string } | undefined {
  for (const [re, level] of LEVEL_WORDS) {
    const m = re.exec(key);
    if (m) return { level, rest: key.slice(m[0].length).replace(/^(名称)$/, "") };
  }
  return undefined;
}

/** Header text as a key: no spaces, half-width, no unit in brackets at the end. */
export function headerKey(text: string): string {
  return simplifiedLayoutWord(compact(text))
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")")
    .replace(/(\((\d+(\.\d+)?分|分|%|万元|元|千元|个|次|A|B|B\/A|C|D)\))+$/, "")
    .replace(/[:：]$/, "");
}

/** The role of one header word, ignoring levels. */
export function roleOfWord(key: string): RoleWords | undefined {
  return ROLE_WORDS.find((r) => r.words.test(key));
}

/** Words of the funds block above the table (项目资金 / 部门预算执行情况). */
export type FundsRole = "budgetInitial" | "budgetAdjusted" | "spend" | "rate" | "weight" | "score" | "reason";

export const FUNDS_WORDS: readonly (readonly [FundsRole, RegExp])[] = [
  ["budgetInitial", /^(年初预算数|年初预算|年初预算金额|年初预算数\(万元\))$/],
  ["budgetAdjusted", /^(全年预算数|全年\(调整\)预算数|全年调整预算数|调整后预算数|调整后预算|全年预算|调整预算数|全年预算金额)$/],
  ["spend", /^(全年执行数|预算执行数|执行数|全年实际执行数|实际执行数|全年实际支出|实际支出数|全年支出数)$/],
  ["rate", /^(执行率|预算执行率|资金执行率|全年执行率)$/],
  ["weight", /^(分值|权重|执行率权重|执行率分值)$/],
  ["score", /^(得分|执行率得分|自评得分)$/],
  ["reason", /^(原因|偏差原因|未完成原因|执行偏差原因|说明)$/],
];

export function fundsRoleOf(key: string): FundsRole | undefined {
  return FUNDS_WORDS.find(([, re]) => re.test(key))?.[0];
}

/** Words that make a row part of a header band without naming a role of their own. */
export const GROUP_WORDS = /^(评价指标|绩效指标|指标|考核指标|指标体系|评价内容|名称|自评情况|自评|评价情况|年度预算数|项目资金|资金情况)$/;

/** Row markers in the indicator area (matched on the name without its weight). */
export const ROW_WORDS = {
  total: /^(合计|总计|总分|得分合计|合计得分|总得分|自评总分|总分合计|综合得分|自评得分合计)$/,
  subtotal: /^(小计|小计得分|本项小计)$/,
  bonus: /^(加分|加分项|加分指标|工作表现加分|附加分|加分项目)$/,
  grade: /^(评价等级|绩效等级|自评等级|等级|评价结果|绩效评价等级)[:：]?(.*)$/,
  note: /^(注|说明|备注|填报说明|填表说明|填报人|填表人|审核人|单位负责人|联系电话|财务负责人|项目负责人|评价结论|存在问题|改进措施|联系人|填报日期)/,
  /** A printed row of the form with nothing filled in: "指标2：", "……", "…", "...". */
  placeholder: /^(指标\d*[:：]?|[.。…·]+|……|-+|—+|–+|\/+|无|不适用|其他|其它|\d+[.、]?)$/,
};

/** A 分值 or 得分 cell marked not applicable: the row is not an indicator of this table. */
export const NOT_APPLICABLE = /^(\/+|—+|-+|–+|无|不适用|不涉及)$/;

/** A "指标1：" prefix the national project form prints before each indicator. */
export const INDICATOR_PREFIX = /^指标\s*\d+\s*[:：]\s*/;
