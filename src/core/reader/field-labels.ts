/** Label lookups for the 基础数据表: field labels first, then rate names (reported rates). */
import { FIELD_SPECS, type FieldSpec } from "../fields";
import { ALL_RATES, type RateSpec } from "../rates";
import { buildLabelIndex } from "../values/labels";

export const FIELD_LABELS = buildLabelIndex<FieldSpec>(FIELD_SPECS.map((f) => [f.labels, f as FieldSpec] as const));

export const RATE_LABELS = buildLabelIndex<RateSpec>(
  ALL_RATES.filter((r) => r.id !== "score_rate" && r.id !== "key_task_completion").map((r) => [[r.name, ...r.aliases], r] as const),
);
