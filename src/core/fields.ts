/**
 * The 基础数据表 fields: their keys, labels and synonyms (standard-workbook.md). The template
 * writes the first label; the reader accepts them all.
 */
export type FieldKind = "text" | "year" | "date" | "amount" | "percent" | "count" | "percent-list";

export interface FieldSpec {
  readonly key: FieldKey;
  readonly labels: readonly string[];
  readonly kind: FieldKind;
  /** Shown in the template's 备注 column. */
  readonly note?: string;
}

export const FIELD_SPECS = [
  { key: "dept_name", labels: ["部门名称", "单位名称", "评价单位"], kind: "text" },
  { key: "year", labels: ["评价年度", "年度"], kind: "year" },
  { key: "report_date", labels: ["填报日期", "报送日期"], kind: "date" },
  { key: "budget_initial", labels: ["年初预算数", "年初预算"], kind: "amount" },
  { key: "budget_adjusted", labels: ["全年预算数", "调整后预算数", "预算批复数", "全年预算"], kind: "amount", note: "调整后的全年预算" },
  { key: "alloc_current", labels: ["本年财政下达预算数", "财政下达预算数", "财政拨款下达数"], kind: "amount" },
  { key: "carryover_prior", labels: ["上年结转", "上年结转结余"], kind: "amount" },
  { key: "funds_arrived", labels: ["实际到位资金", "实际到位数", "到位资金"], kind: "amount" },
  { key: "spend_actual", labels: ["实际支出", "年度实际支出", "全年支出", "支出决算数"], kind: "amount" },
  { key: "spend_basic", labels: ["基本支出"], kind: "amount" },
  { key: "spend_project", labels: ["项目支出"], kind: "amount" },
  { key: "src_general", labels: ["一般公共预算"], kind: "amount", note: "按资金来源" },
  { key: "src_fund", labels: ["政府性基金预算"], kind: "amount", note: "按资金来源" },
  { key: "src_soe", labels: ["国有资本经营预算"], kind: "amount", note: "按资金来源" },
  { key: "src_special", labels: ["财政专户管理资金", "财政专户管理资金收入"], kind: "amount", note: "按资金来源" },
  { key: "src_unit", labels: ["单位资金", "单位自有资金", "事业收入"], kind: "amount", note: "按资金来源" },
  { key: "src_other", labels: ["其他资金", "其他资金来源", "其他收入"], kind: "amount", note: "按资金来源：以上来源之外的资金" },
  { key: "carry_end", labels: ["年末结转结余", "结转结余"], kind: "amount" },
  { key: "stock_end", labels: ["本年末存量资金", "当年年末存量资金规模"], kind: "amount" },
  { key: "stock_prior_end", labels: ["上年末存量资金", "上一年度年末存量资金规模"], kind: "amount" },
  { key: "fin_revenue_budget", labels: ["财政拨款收入预算数"], kind: "amount" },
  { key: "fin_revenue_final", labels: ["财政拨款收入决算数"], kind: "amount" },
  { key: "proc_plan", labels: ["政府采购计划金额", "采购预算"], kind: "amount" },
  { key: "proc_actual", labels: ["实际采购金额"], kind: "amount" },
  { key: "fa_total", labels: ["固定资产总额"], kind: "amount" },
  { key: "fa_in_use", labels: ["在用固定资产总额"], kind: "amount" },
  { key: "sangong_budget", labels: ["“三公”经费预算数"], kind: "amount" },
  { key: "sangong_actual", labels: ["“三公”经费实际支出"], kind: "amount" },
  { key: "sangong_abroad", labels: ["因公出国(境)费"], kind: "amount" },
  { key: "sangong_vehicle", labels: ["公务用车购置及运行费"], kind: "amount" },
  { key: "sangong_reception", labels: ["公务接待费"], kind: "amount" },
  { key: "prior_budget_initial", labels: ["上年年初预算数"], kind: "amount" },
  { key: "prior_spend_actual", labels: ["上年实际支出"], kind: "amount" },
  { key: "project_budget", labels: ["项目预算数"], kind: "amount" },
  { key: "project_arrived", labels: ["项目资金到位数"], kind: "amount" },
  { key: "staff_quota", labels: ["编制人数"], kind: "count" },
  { key: "staff_actual", labels: ["实有在职人数"], kind: "count" },
  { key: "key_task_rates", labels: ["重点工作完成率"], kind: "percent-list", note: "每项重点工作一行，或在一格内写“94%、99%”" },
  { key: "satisfaction", labels: ["满意度", "公众或服务对象满意度"], kind: "percent" },
  { key: "output_rate", labels: ["产出指标完成率"], kind: "percent" },
  { key: "outcome_rate", labels: ["效益指标完成率"], kind: "percent" },
] as const satisfies readonly {
  key: string;
  labels: readonly string[];
  kind: FieldKind;
  note?: string;
}[];

export type FieldKey = (typeof FIELD_SPECS)[number]["key"];

export const FIELD_BY_KEY: ReadonlyMap<FieldKey, FieldSpec> = new Map(
  FIELD_SPECS.map((f) => [f.key, f as FieldSpec]),
);

/** The label a user reads for a field: its first label. */
export function fieldLabel(key: FieldKey): string {
  return FIELD_BY_KEY.get(key)!.labels[0];
}
