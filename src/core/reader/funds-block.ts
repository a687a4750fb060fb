/**
 * The funds block some forms print above the indicator table (项目资金 / 部门预算执行情况 /
 * 预算执行情况): columns 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 (| 原因), a
 * 年度资金总额 (总额) row, and "其中" rows. Its amounts are basic data even when the workbook has
 * no 基础数据表, and its 分值/得分 are points of the total outside the indicator tree: the
 * 预算执行率 indicator (财预〔2020〕10号 annex: 10 points; the Chongqing form: 执行率 76%,
 * 权重 10, 得分 7.6).
 */
import { Decimal } from "../decimal";
import type { FieldKey } from "../fields";
import { cellRef } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { MergedView } from "../grid/merged";
import type { FieldValue, FundsRowInput, IndicatorInput, InputProblem, ReaderNote, ReportedRate, Sourced } from "../input";
import { cellText, parseCellNumber } from "../values/parse";
import { isFormInstruction } from "../values/form-instruction";
import { compact } from "../values/text";
import { findUnit, fromYuan, toYuan, type MoneyUnit } from "../values/units";
import { fundsRoleOf, headerKey, type FundsRole } from "./header-words";
import { readIndicatorLabel } from "./indicator-label";

import { FUNDS_INDICATOR_NAME, FUNDS_INDICATOR_RULE } from "../rules/funds-rule";
import { asPercent } from "./basic-fields";

/** The name the points of the funds block carry, and its rule (rules/funds-rule.ts). */
export { FUNDS_INDICATOR_NAME, FUNDS_INDICATOR_RULE };

export interface FundsBlock {
  readonly fields: readonly FieldValue[];
  /** Every row of the block, the total first. */
  readonly rows: readonly FundsRowInput[];
  readonly reportedRate?: ReportedRate;
  /** The 预算执行率 indicator when the block prints 分值 or 得分. */
  readonly indicator?: IndicatorInput;
  readonly unit: MoneyUnit;
  readonly problems: readonly InputProblem[];
  /** What the reader decided about the amounts (a zero total taken from its 其中 rows). */
  readonly notes: readonly ReaderNote[];
  /** Rows of the block (zero-based, inclusive). */
  readonly top: number;
  readonly bottom: number;
}

/** The 预算执行率 indicator's 分值 where the form leaves it blank [SRC 财预〔2020〕10号 annex]. */
const DEFAULT_FUNDS_WEIGHT = new Decimal(10);

const AMOUNT_FIELD: Partial<Record<FundsRole, FieldKey>> = {
  budgetInitial: "budget_initial",
  budgetAdjusted: "budget_adjusted",
  spend: "spend_actual",
};
const TOTAL_ROW = /^(年度资金总额|资金总额|总额|合计|年度预算资金总额|部门预算资金总额|总计|预算资金总额)/;
/** The "其中" rows under the total: part of the block, not data of their own here. */
const PART_ROW = /^(其中|当年财政拨款|本年财政拨款|上年结转|其他资金|财政资金|财政专户|单位资金|财政拨款|自有资金)/;

/** The row of funds column headers: at least two of 年初预算数 / 全年预算数 / 全年执行数. */
function findFundsHeader(view: MergedView, top: number, bottom: number, width: number): { row: number; cols: Map<FundsRole, number> } | undefined {
  for (let r = top; r < bottom; r++) {
    const cols = new Map<FundsRole, number>();
    for (let c = 0; c < width; c++) {
      const merge = view.mergeAt(r, c);
      if (merge && merge.left !== c) continue;
      const role = fundsRoleOf(headerKey(cellText(view.cell(r, c))));
      if (role && !cols.has(role)) cols.set(role, c);
    }
    const amounts = ["budgetInitial", "budgetAdjusted", "spend"].filter((k) => cols.has(k as FundsRole)).length;
    if (amounts >= 2) return { row: r, cols };
  }
  return undefined;
}

/** Reads the funds block between rows top and bottom (exclusive), if the sheet has one. */
export function readFundsBlock(grid: Grid, view: MergedView, top: number, bottom: number, width: number, sheetUnit?: MoneyUnit): FundsBlock | undefined {
  const header = findFundsHeader(view, top, bottom, width);
  if (!header) return undefined;
  const { cols } = header;
  const firstCol = Math.min(...cols.values());
  const ref = (r: number, c: number) => cellRef(grid.name, r, c);
  const problems: InputProblem[] = [];

  // The totals row: labelled 年度资金总额/总额, else the first row below with an amount.
  let valueRow: number | undefined;
  let lastRow = header.row;
  for (let r = header.row + 1; r < bottom; r++) {
    const label = rowLabel(view, r, firstCol);
    // Published forms sometimes leave the amounts blank and print only 执行率/分值/得分.
    const hasNumber = [...cols.values()].some((c) => parseCellNumber(view.cell(r, c)).kind === "number");
    if (!hasNumber && !TOTAL_ROW.test(label) && !PART_ROW.test(label)) break;
    lastRow = r;
    if (valueRow === undefined && (TOTAL_ROW.test(label) || hasNumber)) valueRow = r;
  }
  if (valueRow === undefined) return undefined;
  const vr = valueRow;

  // The unit: "（万元）" in the block's headings or labels; the national forms print 万元.
  let unit: MoneyUnit | undefined;
  for (let r = Math.max(top, header.row - 2); r <= lastRow && !unit; r++) {
    for (let c = 0; c < width && !unit; c++) unit = findUnit(compact(cellText(view.cell(r, c))));
  }
  const blockUnit = unit ?? sheetUnit ?? "万元";

  const amount = (r: number, c: number | undefined): Sourced<Decimal> | undefined => {
    if (c === undefined) return undefined;
    const cell = view.cell(r, c);
    const p = parseCellNumber(cell);
    return p.kind === "number" ? { value: toYuan(p.value, p.unit ?? blockUnit), cell: ref(r, c), numeric: typeof cell?.value === "number" } : undefined;
  };
  const rows: FundsRowInput[] = [];
  for (let r = vr; r <= lastRow; r++) {
    const label = rowLabel(view, r, firstCol).replace(/^其中[:：]?/, "");
    rows.push({ label: r === vr ? label || "年度资金总额" : label, initial: amount(r, cols.get("budgetInitial")), adjusted: amount(r, cols.get("budgetAdjusted")), spend: amount(r, cols.get("spend")), rate: undefined, isTotal: r === vr });
  }

  const fields: FieldValue[] = [];
  const notes: ReaderNote[] = [];
  const taken: string[] = [];
  for (const [role, key] of Object.entries(AMOUNT_FIELD) as [FundsRole, FieldKey][]) {
    const c = cols.get(role);
    if (c === undefined) continue;
    const cell = view.cell(vr, c);
    const p = parseCellNumber(cell);
    if (p.kind === "unreadable") problems.push({ cell: ref(vr, c), what: cellText(view.cell(header.row, c)), reason: p.reason, check: "missing-input" });
    const fromParts = p.kind === "number" && !p.value.isZero() ? undefined : partsInstead(rows, role, ref(vr, c), blockUnit);
    if (fromParts) {
      fields.push({ key, value: fromParts.value, source: fromParts.source, raw: fromParts.raw });
      taken.push(`${headerKey(cellText(view.cell(header.row, c))) || key}${fromParts.raw}${blockUnit}（${fromParts.cells}）`);
      continue;
    }
    if (p.kind !== "number") continue;
    const u = p.unit ?? blockUnit;
    fields.push({ key, value: toYuan(p.value, u), source: { cell: ref(vr, c), numeric: typeof cell?.value === "number", unit: u }, raw: cellText(cell) });
  }
  if (taken.length) {
    notes.push({ cell: ref(vr, firstCol), message: `项目资金“${rows[0]!.label}”一行的金额为0或未填写，按“其中”各行之和计算：${taken.join("，")}` });
  }
  // A form printing only 年初预算数(A) and 全年执行数(B) computes 执行率 = B/A: its only budget
  // is the one the rate divides by (Beijing's 2016 project form).
  if (!cols.has("budgetAdjusted") && cols.has("spend")) {
    const initial = fields.find((f) => f.key === "budget_initial");
    if (initial) fields.push({ ...initial, key: "budget_adjusted" });
  }

  let reportedRate: ReportedRate | undefined;
  const rc = cols.get("rate");
  if (rc !== undefined) {
    const cell = view.cell(vr, rc);
    const p = parseCellNumber(cell);
    if (p.kind === "number") {
      const headerSaysPercent = /%|％/.test(cellText(view.cell(header.row, rc)));
      const written = p.written ?? { percent: p.isFraction || headerSaysPercent || p.value.abs().greaterThan(1) ? p.value : p.value.times(100), decimals: decimalsOf(cellText(cell)) };
      reportedRate = {
        rate: "budget_completion_rate",
        percent: written.percent,
        decimals: written.decimals,
        cell: ref(vr, rc),
        label: cellText(view.cell(header.row, rc)) || "执行率",
        numeric: typeof cell?.value === "number" && p.isFraction,
      };
    }
  }

  const number = (c: number | undefined, what: string, check: InputProblem["check"]): Sourced<Decimal> | undefined => {
    if (c === undefined) return undefined;
    const cell = view.cell(vr, c);
    const p = parseCellNumber(cell);
    if (p.kind === "number") return { value: p.value, cell: ref(vr, c), numeric: typeof cell?.value === "number" };
    if (p.kind === "unreadable") problems.push({ cell: ref(vr, c), what, reason: p.reason, check });
    return undefined;
  };
  const weightCol = cols.get("weight");
  const scoreCol = cols.get("score");
  let indicator: IndicatorInput | undefined;
  const problemsBefore = problems.length;
  const stated = number(weightCol, `“${FUNDS_INDICATOR_NAME}”的分值`, "missing-input") ?? labelledWeight(grid, view, top, lastRow, firstCol);
  const unreadable = problems.length > problemsBefore;
  // Defaults only fill blanks (project-table.md): a block printing 分值 or 得分 with the 分值 left
  // blank weighs the annex's 10 points, said in a reading note; an unreadable 分值 stays an error.
  const blankCell = weightCol ?? scoreCol;
  const weight = stated ?? (!unreadable && blankCell !== undefined ? { value: DEFAULT_FUNDS_WEIGHT, cell: ref(vr, blankCell), numeric: false } : undefined);
  if (weight && !stated) {
    notes.push({ cell: weight.cell, message: `项目资金的“${FUNDS_INDICATOR_NAME}”没有填写分值，按默认分值${DEFAULT_FUNDS_WEIGHT.toString()}分计算（财预〔2020〕10号附件）` });
  }
  if (weight || scoreCol !== undefined) {
    const score = number(scoreCol, `“${FUNDS_INDICATOR_NAME}”的得分`, "score-range");
    const reasonCol = cols.get("reason");
    const written = reasonCol !== undefined ? cellText(view.cell(vr, reasonCol)) : "";
    const reason = isFormInstruction(written) ? "" : written;
    const scoreCell = scoreCol !== undefined ? ref(vr, scoreCol) : undefined;
    indicator = {
      name: FUNDS_INDICATOR_NAME,
      level: 1,
      row: vr,
      weight,
      score,
      scoreCell,
      scoreSource: scoreCell ? { cell: scoreCell, numeric: typeof view.cell(vr, scoreCol!)?.value === "number" } : undefined,
      reason: reason ? { value: reason, cell: ref(vr, reasonCol!) } : undefined,
      reasonCell: reasonCol !== undefined ? ref(vr, reasonCol) : undefined,
      defaultRule: FUNDS_INDICATOR_RULE,
      children: [],
    };
  }
  const rateAt = (r: number): Sourced<Decimal> | undefined => {
    if (rc === undefined) return undefined;
    const p = parseCellNumber(view.cell(r, rc));
    if (p.kind !== "number") return undefined;
    // Read as the 基础数据表's percents are (asPercent): a bare 98 is 98%.
    return { value: asPercent(p, false)!, cell: ref(r, rc) };
  };
  const withRates = rows.map((row, i) => ({ ...row, rate: rateAt(vr + i) }));
  return { fields, rows: withRates, reportedRate, indicator, unit: blockUnit, problems, notes, top: Math.max(top, header.row - 1), bottom: lastRow };
}

const ROW_AMOUNT = { budgetInitial: "initial", budgetAdjusted: "adjusted", spend: "spend" } as const;

/**
 * A total row printed as 0 or left blank while its 其中 rows carry the money (an Anhui town's
 * 2022 table prints 0/0/0 above 90/89.974): the parts' sum stands in. One part keeps its own
 * cell as the source; several are summed and point at the total's cell.
 */
function partsInstead(rows: readonly FundsRowInput[], role: FundsRole, totalCell: string, unit: MoneyUnit): { value: Decimal; source: FieldValue["source"]; raw: string; cells: string } | undefined {
  const key = ROW_AMOUNT[role as keyof typeof ROW_AMOUNT];
  if (!key) return undefined;
  const parts = rows.slice(1).map((r) => r[key]).filter((v): v is Sourced<Decimal> => v !== undefined && !v.value.isZero());
  if (parts.length === 0) return undefined;
  const value = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
  const cells = parts.map((p) => p.cell).join("+");
  return { value, source: { cell: parts.length === 1 ? parts[0]!.cell : totalCell, numeric: parts.length === 1 && parts[0]!.numeric === true, unit }, raw: fromYuan(value, unit).toString(), cells };
}

/** The text left of the funds columns on a row ("年度资金总额：", "其中：当年财政拨款"). */
function rowLabel(view: MergedView, r: number, firstCol: number): string {
  for (let c = firstCol - 1; c >= 0; c--) {
    const t = compact(cellText(view.cell(r, c)));
    if (t) return t.replace(/[:：]$/, "");
  }
  return "";
}

/** "预算执行情况(10分)" beside the block: its weight when no 分值 column is printed. */
function labelledWeight(grid: Grid, view: MergedView, top: number, bottom: number, firstCol: number): Sourced<Decimal> | undefined {
  for (let r = top; r <= bottom; r++) {
    for (let c = 0; c < firstCol; c++) {
      const text = cellText(view.cell(r, c));
      const l = text && /执行|资金|预算/.test(text) ? readIndicatorLabel(text) : undefined;
      if (l?.weight) return { value: new Decimal(l.weight), cell: cellRef(grid.name, r, c) };
    }
  }
  return undefined;
}

function decimalsOf(text: string): number {
  const t = text.replace(/[%％]$/, "");
  const i = t.indexOf(".");
  return i < 0 ? 0 : t.length - i - 1;
}
