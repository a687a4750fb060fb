/**
 * What the reader hands to the evaluation: the 评分表 as a tree and the 基础数据表 as typed
 * fields, every value with the cell it came from.
 */
import type { Decimal } from "./decimal";
import type { FieldKey } from "./fields";
import type { RateId } from "./rates";
import type { MoneyUnit } from "./values/units";

/** A value and the cell it was read from ("基础数据表!C8"). */
export interface Sourced<T> {
  readonly value: T;
  readonly cell: string;
  /** The cell holds a plain number a formula can reference (false for "20分" or a label). */
  readonly numeric?: boolean;
}

/** How a source cell can be referenced from a formula: numeric cells only. */
export interface CellSource {
  readonly cell: string;
  /** The cell holds a plain number (possibly percent-formatted) that a formula can use. */
  readonly numeric: boolean;
  /** For amounts: the unit the number in the cell is in. */
  readonly unit?: MoneyUnit;
  /** For percents: the cell holds percentage points (94 meaning 94%), not a fraction. */
  readonly percentPoints?: boolean;
}

export interface FieldValue {
  readonly key: FieldKey;
  /** Amounts in 元; percents as fractions; counts and years as numbers. */
  readonly value: Decimal;
  readonly source: CellSource;
  /** The text as the user wrote it, for messages. */
  readonly raw: string;
}

export interface ListFieldValue {
  readonly key: FieldKey;
  readonly items: readonly FieldValue[];
}

/** A rate the department wrote itself; `decimals` is the precision it was written with. */
export interface ReportedRate {
  readonly rate: RateId;
  /** As a percentage number: 99.07 for 99.07%. */
  readonly percent: Decimal;
  readonly decimals: number;
  readonly cell: string;
  readonly label: string;
  /** The cell holds a number (a formula can reference it), not text like "99.07%". */
  readonly numeric: boolean;
  /** Written as a bare number ≤ 1 with no % anywhere: 0.98 may mean 98% or 0.98%. */
  readonly ambiguous?: boolean;
}

/** A cell whose value could not be read; it becomes an error-level check, not a crash. */
export interface InputProblem {
  readonly cell: string;
  readonly what: string;
  readonly reason: string;
  /** Which check reports it. */
  readonly check: "missing-input" | "score-range";
}

/** Something the reader decided that the user should know (which sheet it took, and why). */
export interface ReaderNote {
  readonly message: string;
  readonly cell?: string;
}

export interface IndicatorInput {
  readonly name: string;
  readonly level: number;
  /** The row the indicator's own cells are on (zero-based) and their cells. */
  readonly row: number;
  readonly weight?: Sourced<Decimal>;
  /** Entered score (a leaf) or a score printed on a parent row (stated). */
  readonly score?: Sourced<Decimal>;
  /** The score cell, even when empty, so a formula or a mark can point at it. */
  readonly scoreCell?: string;
  readonly scoreSource?: CellSource;
  readonly reason?: Sourced<string>;
  /** The 扣分原因 cell, even when empty; absent when the table has no such column. */
  readonly reasonCell?: string;
  readonly criteria?: string;
  readonly explanation?: string;
  readonly rule?: Sourced<string>;
  /** Scores stated on 小计 rows for this node. */
  readonly subtotal?: Sourced<Decimal>;
  /** 年度指标值, 调整指标值 and 实际完成值 as written ("≥95%", "102个"), where the table has them. */
  readonly target?: Sourced<string>;
  readonly adjustedTarget?: Sourced<string>;
  readonly actual?: Sourced<string>;
  /** 指标性质 (正向/反向/定性), 度量单位 and 计算符号 columns, where the table has them. */
  readonly nature?: Sourced<string>;
  readonly measureUnit?: Sourced<string>;
  readonly sign?: Sourced<string>;
  /** A rule the layout implies when the workbook states none (the funds block's 按比例 预算执行率). */
  readonly defaultRule?: string;
  readonly children: IndicatorInput[];
}

export interface ScoringLayout {
  readonly sheet: string;
  /** The last row of the header band, and its first (equal for a one-row header). */
  readonly headerRow: number;
  readonly headerTop: number;
  /** Zero-based columns; -1 when the table has no such column. */
  readonly columns: {
    readonly level: readonly number[];
    readonly weight: number;
    readonly score: number;
    readonly reason: number;
    readonly rule: number;
    readonly criteria: number;
  };
  readonly firstRow: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** One row of a funds block (年度资金总额 or a 其中 part); amounts in 元, 执行率 a fraction. */
export interface FundsRowInput {
  readonly label: string;
  readonly initial?: Sourced<Decimal>;
  readonly adjusted?: Sourced<Decimal>;
  readonly spend?: Sourced<Decimal>;
  readonly rate?: Sourced<Decimal>;
  readonly isTotal: boolean;
}

/** What a 项目支出绩效自评表 says about its project beyond the indicator tree. */
export interface ProjectInput {
  readonly name?: Sourced<string>;
  /** 主管部门 and 实施单位. */
  readonly supervisor?: Sourced<string>;
  readonly implementer?: Sourced<string>;
  /** The 项目资金 block as printed, the total first. */
  readonly funds: readonly FundsRowInput[];
  /** 年度总体目标: 预期目标 and 实际完成情况. */
  readonly goals: { readonly expected?: Sourced<string>; readonly actual?: Sourced<string> };
}

/** A department's overall self-evaluation (部门整体支出), or one project's (项目支出). */
export type TableKind = "department" | "project";

export interface EvaluationInput {
  readonly file?: string;
  readonly kind: TableKind;
  /** For project tables. */
  readonly project?: ProjectInput;
  readonly department?: Sourced<string>;
  readonly year?: Sourced<number>;
  /** 填报日期 as written in the workbook (the engine has no clock). */
  readonly reportDate?: Sourced<string>;
  /** The unit amounts are shown in (the workbook's own). */
  readonly unit: MoneyUnit;
  readonly fields: ReadonlyMap<FieldKey, FieldValue>;
  /** Fields whose label is in the 基础数据表 with its value cell left blank: key → that cell. */
  readonly blankFields?: ReadonlyMap<FieldKey, string>;
  readonly lists: ReadonlyMap<FieldKey, ListFieldValue>;
  readonly reportedRates: readonly ReportedRate[];
  readonly tree: readonly IndicatorInput[];
  readonly bonus: readonly IndicatorInput[];
  readonly statedTotal?: Sourced<Decimal>;
  readonly statedGrade?: Sourced<string>;
  readonly problems: readonly InputProblem[];
  readonly notes?: readonly ReaderNote[];
  readonly scoring: ScoringLayout;
  /** The 基础数据表's sheet name, when there is one. */
  readonly basicSheet?: string;
  /** Where the 基础数据表 has room for formulas (写入公式). */
  readonly basicLayout?: BasicLayout;
  /** Every sheet name in the workbook (the plan must not reuse one). */
  readonly sheetNames: readonly string[];
}

export interface BasicLayout {
  readonly sheet: string;
  /** Last row holding anything (zero-based). */
  readonly lastRow: number;
  /** The columns most labels and their values are in. */
  readonly labelCol: number;
  readonly valueCol: number;
  /** The row of the 关键比率 block an earlier 写入公式 added, if any. */
  readonly formulaBlockRow?: number;
  /** Rate labels whose value cell is empty: a formula can go there. */
  readonly rateSlots: readonly { readonly rate: RateId; readonly row: number; readonly col: number }[];
}
