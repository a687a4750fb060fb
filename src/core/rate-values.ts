/** The evaluation input seen as rate inputs: scalars, lists and their Chinese labels. */
import type { Decimal } from "./decimal";
import { FIELD_BY_KEY, type FieldKey } from "./fields";
import type { EvaluationInput, TableKind } from "./input";
import type { RateValues } from "./rates/expression";

const EXTRA_LABELS: Record<string, string> = { score: "得分", weight: "分值" };

/** A 项目支出绩效自评表's own words for the amounts of its 项目资金 block. */
const PROJECT_LABELS: Record<string, string> = { spend_actual: "全年执行数", budget_adjusted: "全年预算数", budget_initial: "年初预算数" };

export function labelOfInput(key: string, kind: TableKind = "department"): string {
  return (kind === "project" ? PROJECT_LABELS[key] : undefined) ?? FIELD_BY_KEY.get(key as FieldKey)?.labels[0] ?? EXTRA_LABELS[key] ?? key;
}

export function rateValuesOf(input: Pick<EvaluationInput, "fields" | "lists"> & { readonly kind?: TableKind }): RateValues {
  return {
    scalar: (key) => input.fields.get(key as FieldKey)?.value,
    list: (key) => input.lists.get(key as FieldKey)?.items.map((i) => i.value),
    label: (key) => labelOfInput(key, input.kind),
  };
}

/** Rate inputs given directly (custom functions, tests): missing keys are undefined. */
export function rateValuesFrom(values: Record<string, Decimal | readonly Decimal[] | undefined>): RateValues {
  return {
    scalar: (key) => {
      const v = values[key];
      return v === undefined || Array.isArray(v) ? undefined : (v as Decimal);
    },
    list: (key) => {
      const v = values[key];
      return Array.isArray(v) ? (v as readonly Decimal[]) : undefined;
    },
    label: (key) => labelOfInput(key),
  };
}
