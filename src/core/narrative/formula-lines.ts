/**
 * Formula lines as the reports print them, every number traced to its cell:
 * 支出完成率=实际支出/(本年财政下达预算数+上年结转)×100%=111,931,823.11/(111,082,222.47+1,899,168.28)×100%=99.07%
 */
import { Decimal, formatScore, HUNDRED, toGrouped } from "../decimal";
import type { Evaluation, RateResult } from "../evaluation";
import { FIELD_BY_KEY, type FieldKey } from "../fields";
import { percentWords, toFormula } from "../rates/expression";
import { rateValuesOf } from "../rate-values";
import { fromYuan } from "../values/units";
import { percent, plain } from "./numbers";
import type { Span } from "./text";

const MARK = "\u0001";

export function formulaLine(e: Evaluation, r: RateResult, name = r.spec.name): Span[] | undefined {
  if (!r.value) return undefined;
  const input = e.input;
  const shown = (key: string, v: Decimal, cell: string): Span => {
    const kind = FIELD_BY_KEY.get(key as FieldKey)?.kind;
    if (kind === "amount") return plain(toGrouped(fromYuan(v, input.unit), 2), [cell]);
    if (kind === "percent" || kind === "percent-list") return plain(`${formatScore(v.times(HUNDRED))}%`, [cell]);
    return plain(formatScore(v), [cell]);
  };
  const tokens: Span[] = [];
  const token = (s: Span) => {
    tokens.push(s);
    return `${MARK}${tokens.length - 1}${MARK}`;
  };
  let text: string;
  if (r.spec.expr.op === "mean") {
    const items = input.lists.get(r.spec.expr.key as FieldKey)?.items ?? [];
    const count = token(plain(String(items.length), items.map((i) => i.source.cell)));
    text = `(${items.map((i) => token(shown(i.key, i.value, i.source.cell))).join("+")})/${count}`;
  } else {
    text = toFormula(r.spec.expr, rateValuesOf(input), (key) => {
      const f = input.fields.get(key as FieldKey)!;
      return token(shown(key, f.value, f.source.cell));
    });
  }
  const cells = [...new Set(tokens.flatMap((t) => t.cells ?? []))];
  // A mean of percentages reads as the 2020 report writes it: 重点工作完成率=(94%+99%)/2=96.50%.
  const isMean = r.spec.expr.op === "mean";
  const parts: Span[] = [{ text: isMean ? `${name}=` : `${name}=${percentWords(r.words)}=` }];
  for (const piece of (isMean ? text : percentWords(text)).split(MARK)) {
    if (/^\d+$/.test(piece)) parts.push(tokens[Number(piece)]);
    else if (piece) parts.push({ text: piece.replace(/\*/g, "×") });
  }
  return [...parts, { text: "=" }, ...percent(r.value, cells)];
}
