/**
 * Reads a 评分表 in stages, each a small pure function:
 *   1. find-header   the header band (one to four rows, anywhere in the first 40) and its
 *                    column roles (header-band → column-roles, words in header-words);
 *   2. heading-block the title, department, year and a stated total above the band;
 *   3. funds-block   a 项目资金 / 预算执行情况 block above the band: basic data, and the points
 *                    of the 预算执行率 indicator outside the tree;
 *   4. indicator-rows the row walk into the tree (小计 by subtotal-owner, labels by
 *                    indicator-label, weight-only parents named by implied-names).
 */
import type { Decimal } from "../decimal";
import { WorkbookError } from "../errors";
import { a1 } from "../grid/address";
import type { FieldValue, IndicatorInput, InputProblem, ProjectInput, ReaderNote, ReportedRate, ScoringLayout, Sourced, TableKind } from "../input";
import type { MoneyUnit } from "../values/units";
import type { ScoringSheet } from "./find-sheets";
import { readFundsBlock } from "./funds-block";
import { readGoalsBlock } from "./goals-block";
import { readHeadingBlock, type HeadingBlock } from "./heading-block";
import { readIndicatorRows } from "./indicator-rows";

export interface ScoringRead {
  readonly kind: TableKind;
  readonly project?: ProjectInput;
  readonly tree: IndicatorInput[];
  readonly bonus: IndicatorInput[];
  readonly statedTotal?: Sourced<Decimal>;
  readonly statedGrade?: Sourced<string>;
  readonly department?: Sourced<string>;
  readonly year?: Sourced<number>;
  readonly title?: Sourced<string>;
  /** Amounts and a reported 执行率 from a funds block on the scoring sheet. */
  readonly fields: readonly FieldValue[];
  readonly reportedRates: readonly ReportedRate[];
  readonly fundsUnit?: MoneyUnit;
  readonly problems: InputProblem[];
  readonly notes: readonly ReaderNote[];
  readonly layout: ScoringLayout;
}

export function readScoringTable(sheet: ScoringSheet): ScoringRead {
  const { grid, view, header } = sheet;
  const top = header.band.top;
  const heading = readHeadingBlock(grid, view, top);
  const funds = readFundsBlock(grid, view, 0, top, Math.max(header.lastColumn + 1, 12));
  const rows = readIndicatorRows(grid, view, header);
  const kind = tableKind(heading, funds !== undefined && /项目/.test(grid.rows.slice(funds.top, funds.bottom + 1).flat().map((c) => (typeof c?.value === "string" ? c.value : "")).join("")));
  const project: ProjectInput | undefined =
    kind === "project"
      ? { name: heading.projectName, supervisor: heading.supervisor, implementer: heading.implementer, funds: funds?.rows ?? [], goals: readGoalsBlock(grid, view, 0, top, Math.max(header.lastColumn + 1, 12)) }
      : undefined;

  if (rows.tree.length === 0) {
    throw new WorkbookError(`评分表的表头（第 ${header.row + 1} 行）下面没有指标行。`, {
      sheet: grid.name,
      cell: a1(header.row + 1, header.level[0]),
    });
  }
  // The funds block's points come first in the total, as the form prints them above the table.
  const tree = funds?.indicator ? [funds.indicator, ...rows.tree] : rows.tree;
  return {
    kind,
    project,
    tree,
    bonus: rows.bonus,
    statedTotal: rows.statedTotal ?? heading.statedTotal,
    statedGrade: rows.statedGrade ?? heading.statedGrade,
    department: kind === "project" ? heading.supervisor ?? heading.department : heading.department,
    year: heading.year,
    title: heading.title,
    fields: funds?.fields ?? [],
    reportedRates: funds?.reportedRate ? [funds.reportedRate] : [],
    fundsUnit: funds?.unit,
    problems: [...(funds?.problems ?? []), ...rows.problems],
    notes: funds?.notes ?? [],
    layout: {
      sheet: grid.name,
      headerRow: header.row,
      headerTop: top,
      columns: {
        level: header.level,
        weight: header.weight >= 0 ? header.weight : header.levelWeight.find((c) => c >= 0) ?? -1,
        score: header.score,
        reason: header.reason,
        rule: header.rule,
        criteria: header.criteria,
      },
      firstRow: header.row + 1,
      lastRow: rows.lastRow,
      lastColumn: header.lastColumn,
    },
  };
}

/**
 * A project table names its project (项目名称), calls itself a 项目支出 table, or heads its funds
 * block 项目资金; anything else is a department's overall table.
 */
function tableKind(heading: HeadingBlock, projectFunds: boolean): TableKind {
  if (heading.projectName) return "project";
  if (heading.title && /项目(支出)?绩效(自评|评价)/.test(heading.title.value)) return "project";
  return projectFunds ? "project" : "department";
}
