/**
 * Reads the 基础数据表 in three stages: find the label cells (basic-labels), find each label's
 * value cell and nearby unit (basic-values), read the value as its label says (basic-fields).
 * The first occurrence of a field wins; a 重点工作完成率 may take several rows.
 */
import type { FieldKey } from "../fields";
import { cellRef } from "../grid/address";
import type { Grid } from "../grid/grid";
import { MergedView } from "../grid/merged";
import type { BasicLayout, FieldValue, InputProblem, ListFieldValue, ReportedRate } from "../input";
import type { RateId } from "../rates";
import type { MoneyUnit } from "../values/units";
import { findBasicLabels } from "./basic-labels";
import { readNumberField, readPercentList, readReportedRate, readTextField, readYearField, type ValueAt } from "./basic-fields";
import { unitNear, valueCellOf } from "./basic-values";

export interface BasicRead {
  readonly fields: Map<FieldKey, FieldValue>;
  readonly lists: Map<FieldKey, ListFieldValue>;
  readonly texts: Map<FieldKey, { value: string; cell: string }>;
  /** Number fields whose label is there and whose value cell is blank: key → the cell. */
  readonly blanks: Map<FieldKey, string>;
  readonly reportedRates: ReportedRate[];
  readonly unit?: MoneyUnit;
  readonly problems: InputProblem[];
  readonly layout: BasicLayout;
}

/** Field kinds whose blank cell is worth naming (the parts of a sum). */
const AMOUNT_KINDS: ReadonlySet<string> = new Set(["amount"]);

export function readBasicData(grid: Grid): BasicRead {
  const view = new MergedView(grid);
  const { labels, sheetUnit, formulaBlockRow } = findBasicLabels(grid, view);
  const fields = new Map<FieldKey, FieldValue>();
  const lists = new Map<FieldKey, ListFieldValue>();
  const texts = new Map<FieldKey, { value: string; cell: string }>();
  const blanks = new Map<FieldKey, string>();
  const reportedRates: ReportedRate[] = [];
  const problems: InputProblem[] = [];
  const rateSlots: { rate: RateId; row: number; col: number }[] = [];
  const labelCols = new Map<number, number>();
  const valueCols = new Map<number, number>();
  const count = (m: Map<number, number>, c: number) => m.set(c, (m.get(c) ?? 0) + 1);

  for (const { r, c, label, text } of labels) {
    count(labelCols, c);
    const at = valueCellOf(view, labels, r, c);
    if (!at) {
      // A rate label with an empty cell beside it: room for 写入公式.
      const right = (view.mergeAt(r, c)?.right ?? c) + 1;
      const slot = view.cell(r, right);
      const empty = !slot || slot.value === null || slot.value === "";
      if (label.kind === "rate" && empty) rateSlots.push({ rate: label.spec.id, row: r, col: right });
      // An amount's label with nothing beside it: the cell to fill in, named when a sum misses it.
      else if (label.kind !== "rate" && empty && AMOUNT_KINDS.has(label.spec.kind) && !blanks.has(label.spec.key)) blanks.set(label.spec.key, cellRef(grid.name, r, right));
      continue;
    }
    if (at.r === r) count(valueCols, at.c);
    const v: ValueAt = { cell: view.cell(at.r, at.c), ref: cellRef(grid.name, at.r, at.c), near: unitNear(view, text, at.r, at.c), sheetUnit };

    if (label.kind === "rate") {
      const o = readReportedRate(label.spec, text, v);
      if (o && "value" in o) reportedRates.push(o.value);
      else if (o) problems.push(o.problem);
      continue;
    }
    const spec = label.spec;
    if (spec.kind === "text" || spec.kind === "date") {
      if (!texts.has(spec.key)) texts.set(spec.key, readTextField(v));
    } else if (spec.kind === "year") {
      const y = readYearField(spec, v);
      if (y && !fields.has(spec.key)) fields.set(spec.key, y);
    } else if (spec.kind === "percent-list") {
      const { items, problems: p } = readPercentList(spec, v);
      lists.set(spec.key, { key: spec.key, items: [...(lists.get(spec.key)?.items ?? []), ...items] });
      problems.push(...p);
    } else if (!fields.has(spec.key)) {
      const o = readNumberField(spec, v);
      if (o && "value" in o) fields.set(spec.key, o.value);
      else if (o) problems.push(o.problem);
      else if (!blanks.has(spec.key)) blanks.set(spec.key, v.ref);
    }
  }
  for (const key of fields.keys()) blanks.delete(key);
  return { fields, blanks, lists, texts, reportedRates, unit: sheetUnit, problems, layout: basicLayout(grid, labelCols, valueCols, rateSlots, formulaBlockRow) };
}

/** Where 写入公式 can write: the sheet's last row, its label and value columns, its rate slots. */
function basicLayout(
  grid: Grid,
  labelCols: Map<number, number>,
  valueCols: Map<number, number>,
  rateSlots: BasicLayout["rateSlots"],
  formulaBlockRow: number | undefined,
): BasicLayout {
  const mostUsed = (m: Map<number, number>, fallback: number) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  let lastRow = 0;
  grid.rows.forEach((row, r) => {
    if (row?.some((cell) => cell && cell.value !== null && cell.value !== "")) lastRow = r;
  });
  const labelCol = mostUsed(labelCols, 1);
  return { sheet: grid.name, lastRow, labelCol, valueCol: mostUsed(valueCols, labelCol + 1), rateSlots, formulaBlockRow };
}

