/**
 * Finding the 评分表 and the 基础数据表 by their content, whatever the tab names. Two
 * candidate 评分表 are an error naming both, never a guess.
 */
import { WorkbookError } from "../errors";
import { columnCount, type Grid, type WorkbookGrids } from "../grid/grid";
import { MergedView } from "../grid/merged";
import { cellText } from "../values/parse";
import { lookupLabel } from "../values/labels";
import { matchHeader, type ScoringHeader } from "./header";
import { FIELD_LABELS } from "./field-labels";

const HEADER_SEARCH_ROWS = 10;
const BASIC_SEARCH_ROWS = 60;
const BASIC_SEARCH_COLS = 12;

/** Sheets this tool writes; a processed workbook can be read again without confusion. */
export function isOwnOutputSheet(name: string): boolean {
  return /^(自评汇总|自评报告)(\(\d+\))?$/.test(name);
}

export interface ScoringSheet {
  readonly grid: Grid;
  readonly view: MergedView;
  readonly header: ScoringHeader;
}

export function findScoringSheet(workbook: WorkbookGrids): ScoringSheet {
  const found: ScoringSheet[] = [];
  let nearMiss: { sheet: string; row: number; missing: readonly string[] } | undefined;
  for (const grid of workbook.sheets) {
    if (isOwnOutputSheet(grid.name)) continue;
    const view = new MergedView(grid);
    const width = Math.min(columnCount(grid), 40);
    for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.rows.length); r++) {
      const header = matchHeader(view, r, width);
      if (header && "missing" in header) nearMiss = nearMiss ?? { sheet: grid.name, ...header };
      else if (header) {
        found.push({ grid, view, header });
        break;
      }
    }
  }
  if (found.length === 0 && nearMiss) {
    throw new WorkbookError(`第 ${nearMiss.row + 1} 行像是评分表的表头，但缺少“${nearMiss.missing.join("”和“")}”列。`, {
      sheet: nearMiss.sheet,
      cell: `A${nearMiss.row + 1}`,
    });
  }
  if (found.length === 0) {
    throw new WorkbookError(
      "没有找到评分表：需要一个在前 10 行内有表头（一级指标、分值、自评得分等）的工作表。" +
        `本工作簿的工作表：${workbook.sheets.map((s) => `“${s.name}”`).join("、") || "（无）"}。`,
    );
  }
  if (found.length > 1) {
    const names = found.map((f) => `“${f.grid.name}”（第 ${f.header.row + 1} 行）`).join("和");
    throw new WorkbookError(`找到两张评分表：${names}。请只保留一张，或把不用的那张移到另一个工作簿。`, {
      sheet: found[0].grid.name,
    });
  }
  return found[0];
}

/** How many 基础数据表 labels a sheet holds in its first 60 rows × 12 columns. */
function basicLabelCount(grid: Grid): number {
  let n = 0;
  for (let r = 0; r < Math.min(BASIC_SEARCH_ROWS, grid.rows.length); r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < Math.min(BASIC_SEARCH_COLS, row.length); c++) {
      const t = cellText(row[c]);
      if (t && t.length <= 40 && lookupLabel(FIELD_LABELS, t)) n++;
    }
  }
  return n;
}

/** The sheet with the most 基础数据表 labels (at least two), other than the 评分表. */
export function findBasicSheet(workbook: WorkbookGrids, scoringSheet: string): Grid | undefined {
  let best: Grid | undefined;
  let bestCount = 1;
  for (const grid of workbook.sheets) {
    if (grid.name === scoringSheet || isOwnOutputSheet(grid.name)) continue;
    const n = basicLabelCount(grid);
    if (n > bestCount) {
      best = grid;
      bestCount = n;
    }
  }
  return best;
}
