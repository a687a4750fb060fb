/** The evaluation input seen as rate inputs: scalars, lists and their Chinese labels. */
import type { Decimal } from "./decimal";
import { FIELD_BY_KEY, type FieldKey } from "./fields";
import type { EvaluationInput } from "./input";
import type { RateValues } from "./rates/expression";

const EXTRA_LABELS: Record<string, string> = { score: "得分", weight: "分值" };

export function labelOfInput(key: string): string {
  return FIELD_BY_KEY.get(key as FieldKey)?.labels[0] ?? EXTRA_LABELS[key] ?? key;
}

export function rateValuesOf(input: Pick<EvaluationInput, "fields" | "lists">): RateValues {
  return {
    scalar: (key) => input.fields.get(key as FieldKey)?.value,
    list: (key) => input.lists.get(key as FieldKey)?.items.map((i) => i.value),
    label: labelOfInput,
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
    label: labelOfInput,
  };
}
