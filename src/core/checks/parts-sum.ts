import { Decimal, ZERO, round } from "../decimal";
import { fieldLabel, type FieldKey } from "../fields";
import { formatAmount } from "../format";
import type { EvaluationInput } from "../input";
import { fromYuan } from "../values/units";
import { check, type Check, type CheckSpec } from "./check";

interface Identity {
  readonly title: string;
  readonly parts: readonly FieldKey[];
  /** The whole: the first of these that is present. */
  readonly whole: readonly FieldKey[];
  /** How many parts must be present before the identity is checked. */
  readonly minParts: number;
}

/** Parts that must add up to their whole (amounts compared at the workbook's 2 decimals). */
const IDENTITIES: readonly Identity[] = [
  { title: "按支出性质", parts: ["spend_basic", "spend_project"], whole: ["spend_actual"], minParts: 2 },
  // Every source the workbook names counts: a department funded partly from 财政专户 or its own
  // money (单位资金, 其他资金) closes the gap by writing that row.
  { title: "按资金来源", parts: ["src_general", "src_fund", "src_soe", "src_special", "src_unit", "src_other"], whole: ["budget_adjusted", "alloc_current", "budget_initial"], minParts: 2 },
  { title: '"三公"经费', parts: ["sangong_abroad", "sangong_vehicle", "sangong_reception"], whole: ["sangong_actual"], minParts: 1 },
];

function identityCheck(input: EvaluationInput, id: Identity): Check | undefined {
  const present = id.parts.filter((k) => input.fields.has(k));
  const wholeKey = id.whole.find((k) => input.fields.has(k));
  if (present.length < id.minParts || !wholeKey) return undefined;
  const whole = input.fields.get(wholeKey)!;
  const total = present.reduce((acc, k) => acc.plus(input.fields.get(k)!.value), ZERO);
  const shown = (d: Decimal) => round(fromYuan(d, input.unit), 2);
  if (shown(total).equals(shown(whole.value))) return undefined;
  const terms = present.map((k) => `${fieldLabel(k)}${formatAmount(input.fields.get(k)!.value, input.unit)}`).join("+");
  const diff = total.minus(whole.value).abs();
  return check("parts-sum", "error", [whole.source.cell, ...present.map((k) => input.fields.get(k)!.source.cell)],
    `${id.title}：${terms}=${formatAmount(total, input.unit)}，与${fieldLabel(wholeKey)}${formatAmount(whole.value, input.unit)}不一致（相差${formatAmount(diff, input.unit)}）`);
}

export const partsSum: CheckSpec = {
  id: "parts-sum",
  name: "分项合计",
  description: "分项之和不等于总数：基本支出+项目支出=实际支出；各资金来源（一般公共预算、政府性基金、国有资本经营、财政专户管理资金、单位资金、其他资金）之和=全年预算数；“三公”经费各项之和=“三公”经费实际支出",
  run: (e) => IDENTITIES.map((id) => identityCheck(e.input, id)).filter((c): c is Check => !!c),
};
