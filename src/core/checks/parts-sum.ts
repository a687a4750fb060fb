import { Decimal, ZERO, round } from "../decimal";
import { fieldLabel, type FieldKey } from "../fields";
import { formatAmount } from "../format";
import type { EvaluationInput } from "../input";
import { fromYuan, type MoneyUnit } from "../values/units";
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
  { title: "“三公”经费", parts: ["sangong_abroad", "sangong_vehicle", "sangong_reception"], whole: ["sangong_actual"], minParts: 1 },
];

/** Parts that do not add up to their whole, in yuan: the sum, the whole and the gap. */
export interface PartsGap {
  readonly title: string;
  readonly parts: readonly FieldKey[];
  readonly whole: FieldKey;
  readonly total: Decimal;
  readonly difference: Decimal;
  /** The whole's cell, then the parts', then the blank parts'. */
  readonly cells: readonly string[];
  /** Parts whose label is there with a blank value: key → cell. */
  readonly blank: readonly (readonly [FieldKey, string])[];
}

function gapOf(input: EvaluationInput, id: Identity): PartsGap | undefined {
  const present = id.parts.filter((k) => input.fields.has(k));
  const wholeKey = id.whole.find((k) => input.fields.has(k));
  if (present.length < id.minParts || !wholeKey) return undefined;
  const whole = input.fields.get(wholeKey)!;
  const total = present.reduce((acc, k) => acc.plus(input.fields.get(k)!.value), ZERO);
  // Compared at the workbook's 2 decimals, in the unit it was written in.
  const shown = (d: Decimal) => round(fromYuan(d, input.unit), 2);
  if (shown(total).equals(shown(whole.value))) return undefined;
  const blank = id.parts.flatMap((k) => {
    const cell = input.blankFields?.get(k);
    return cell ? [[k, cell] as const] : [];
  });
  return {
    title: id.title,
    parts: present,
    whole: wholeKey,
    total,
    difference: total.minus(whole.value).abs(),
    cells: [whole.source.cell, ...present.map((k) => input.fields.get(k)!.source.cell), ...blank.map(([, c]) => c)],
    blank,
  };
}

/** The by-source identity (各资金来源之和=全年预算数) when it does not hold: the narrative marks that sentence. */
export function sourcesGap(input: EvaluationInput): PartsGap | undefined {
  return gapOf(input, IDENTITIES[1]);
}

/** The “三公” identity (三项之和=“三公”经费实际支出) when it does not hold: the narrative marks that sentence. */
export function sangongGap(input: EvaluationInput): PartsGap | undefined {
  return gapOf(input, IDENTITIES[2]);
}

function identityCheck(input: EvaluationInput, id: Identity, unit: MoneyUnit): Check | undefined {
  const gap = gapOf(input, id);
  if (!gap) return undefined;
  const terms = gap.parts.map((k) => `${fieldLabel(k)}${formatAmount(input.fields.get(k)!.value, unit)}`).join("+");
  const whole = input.fields.get(gap.whole)!;
  // One part is its own sum: no "X=X".
  const sum = gap.parts.length > 1 ? `${terms}=${formatAmount(gap.total, unit)}` : terms;
  // A part left blank is most often the cause: named, with its cell.
  const blank = gap.blank.length ? `；${gap.blank.map(([k, c]) => `${fieldLabel(k)}未填写（${c}）`).join("、")}` : "";
  return check("parts-sum", "error", [...gap.cells],
    `${id.title}：${sum}，与${fieldLabel(gap.whole)}${formatAmount(whole.value, unit)}不一致（相差${formatAmount(gap.difference, unit)}）${blank}`);
}

const FUNDS_COLUMNS = [
  ["initial", "年初预算数"],
  ["adjusted", "全年预算数"],
  ["spend", "全年执行数"],
] as const;

/**
 * A project table's 项目资金: each amount column's 其中 rows against its 年度资金总额 row, said
 * once for the block (a total row printed 0/0/0 above its parts is one fault, not three).
 */
function fundsCheck(input: EvaluationInput, unit: MoneyUnit): Check | undefined {
  const rows = input.project?.funds ?? [];
  const total = rows.find((r) => r.isTotal);
  if (!total) return undefined;
  const parts = rows.filter((r) => !r.isTotal);
  const shown = (d: Decimal) => round(fromYuan(d, input.unit), 2);
  const amount = (d: Decimal) => formatAmount(d, unit);
  const wrong: { label: string; whole: Decimal; sum: Decimal; cells: string[] }[] = [];
  for (const [key, label] of FUNDS_COLUMNS) {
    const present = parts.filter((p) => p[key] !== undefined);
    const whole = total[key];
    if (present.length === 0 || !whole) continue;
    const sum = present.reduce((acc, p) => acc.plus(p[key]!.value), ZERO);
    if (!shown(sum).equals(shown(whole.value))) wrong.push({ label, whole: whole.value, sum, cells: [whole.cell, ...present.map((p) => p[key]!.cell)] });
  }
  if (wrong.length === 0) return undefined;
  const each = wrong.map((w) => `${w.label}${amount(w.whole)}，其中各行合计${amount(w.sum)}`).join("；");
  return check("parts-sum", "warning", wrong.flatMap((w) => w.cells), `项目资金的“${total.label}”一行与“其中”各行之和不一致：${each}`);
}

export const partsSum: CheckSpec = {
  id: "parts-sum",
  name: "分项合计",
  description: "分项之和不等于总数：基本支出+项目支出=实际支出；各资金来源（一般公共预算、政府性基金、国有资本经营、财政专户管理资金、单位资金、其他资金）之和=全年预算数；“三公”经费各项之和=“三公”经费实际支出；项目资金的“其中”各行之和=年度资金总额",
  run: (e, unit = e.input.unit) => [...IDENTITIES.map((id) => identityCheck(e.input, id, unit)), fundsCheck(e.input, unit)].filter((c): c is Check => !!c),
};
