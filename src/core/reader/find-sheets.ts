/**
 * Finding the 评分表 and the 基础数据表 by their content, whatever the tab names. Two
 * candidate 评分表 are an error naming both, never a guess.
 */
import { WorkbookError } from "../errors";
import { a1, cellRef } from "../grid/address";
import type { ReaderNote } from "../input";
import { columnCount, type Grid, type WorkbookGrids } from "../grid/grid";
import { MergedView } from "../grid/merged";
import { cellText } from "../values/parse";
import { lookupLabel } from "../values/labels";
import { findHeader, HEADER_SEARCH_ROWS, isCompleteHeader, type HeaderCandidate, type ScoringHeader } from "./find-header";
import { BASIC_SEARCH_COLS, BASIC_SEARCH_ROWS } from "./basic-labels";
import { FIELD_LABELS } from "./field-labels";
import { headerKey } from "./header-words";


/** Sheets this tool writes; a processed workbook can be read again without confusion. */
export function isOwnOutputSheet(name: string): boolean {
  return /^(自评汇总|自评报告)(\(\d+\))?$/.test(name) || /^项目自评(汇总|报告)(-.+|\(\d+\))?$/.test(name);
}

export interface ScoringSheet {
  readonly grid: Grid;
  readonly view: MergedView;
  readonly header: ScoringHeader;
  /** What the user should know about how the sheet was chosen. */
  readonly notes?: readonly ReaderNote[];
}

/** How far down a header is looked for only to name it in the message. */
const FAR_SEARCH_ROWS = 300;

const ROLE_NAMES = { name: "指标名称（一级指标、二级指标或指标名称）", weight: "分值（或权重）", score: "自评得分（或得分）" } as const;
/** Header words that may be what the user meant by a missing role. */
const LOOKS_LIKE = { name: /指标|名称|项目|内容/, weight: /分|权|值/, score: /得|分|评/ } as const;

/** "第5行像表头，但没有找到“分值（或权重）”列；“指标权重(分)”是分值吗？" */
function nearMissMessage(c: HeaderCandidate): string {
  const missing = c.missing.map((m) => `“${ROLE_NAMES[m]}”`).join("和");
  const guesses = c.missing
    .map((m) => {
      const hit = c.roles.unknown.find((u) => LOOKS_LIKE[m].test(headerKey(u.text)));
      return hit ? `“${hit.text.replace(/\s+/g, "")}”是${ROLE_NAMES[m].replace(/（.*$/, "")}吗？` : undefined;
    })
    .filter(Boolean);
  const rows = c.band.top === c.band.bottom ? `第 ${c.band.bottom + 1} 行` : `第 ${c.band.top + 1}–${c.band.bottom + 1} 行`;
  return `${rows}像是评分表的表头，但没有找到${missing}列${guesses.length ? `；${guesses.join("")}` : "。"}`;
}

/**
 * Every sheet with a complete 评分表 header (one table per sheet, the first from the top).
 * Throws, naming the closest candidate, when there is none.
 */
export function findScoringSheets(workbook: WorkbookGrids): ScoringSheet[] {
  const found: ScoringSheet[] = [];
  let nearMiss: { sheet: string; candidate: HeaderCandidate } | undefined;
  for (const grid of workbook.sheets) {
    if (isOwnOutputSheet(grid.name)) continue;
    const view = new MergedView(grid);
    const header = findHeader(grid, view, columnCount(grid));
    if (!header) continue;
    if (isCompleteHeader(header)) found.push({ grid, view, header });
    else if (!nearMiss || header.roles.recognised > nearMiss.candidate.roles.recognised) nearMiss = { sheet: grid.name, candidate: header };
  }
  if (found.length === 0 && nearMiss) {
    const c = nearMiss.candidate;
    const col = c.roles.level[0] ?? c.band.paths[0]?.col ?? 0;
    throw new WorkbookError(nearMissMessage(c), { sheet: nearMiss.sheet, cell: a1(c.band.bottom, col) });
  }
  if (found.length === 0) {
    // A complete header further down is named, so the user knows what to move.
    for (const grid of workbook.sheets) {
      if (isOwnOutputSheet(grid.name)) continue;
      const view = new MergedView(grid);
      const deep = findHeader(grid, view, columnCount(grid), FAR_SEARCH_ROWS);
      if (deep && isCompleteHeader(deep)) {
        throw new WorkbookError(
          `第 ${deep.band.top + 1} 行像是评分表的表头，但评分表的表头应在前 ${HEADER_SEARCH_ROWS} 行内：请删去表头上方多余的行（或把说明移到表格下方）后再试。`,
          { sheet: grid.name, cell: a1(deep.band.top, deep.level[0] ?? 0) },
        );
      }
    }
    throw new WorkbookError(
      `没有找到评分表：各工作表的前 ${HEADER_SEARCH_ROWS} 行中都没有同时含指标名称（一级指标、二级指标或指标名称）、分值（或权重）和自评得分（或得分）列的表头。` +
        `本工作簿的工作表：${workbook.sheets.map((s) => `“${s.name}”`).join("、") || "（无）"}。`,
    );
  }
  return found;
}

/**
 * Tables on hidden sheets (a template, last year's copy) give way to those the user sees, with a
 * note naming them. Returns the tables kept and the notes.
 */
export function preferVisible<T extends { readonly sheet: ScoringSheet }>(tables: readonly T[]): { kept: T[]; notes: ReaderNote[] } {
  const visible = tables.filter((t) => !t.sheet.grid.hidden);
  if (visible.length === 0 || visible.length === tables.length) return { kept: [...tables], notes: [] };
  const notes = tables
    .filter((t) => t.sheet.grid.hidden)
    .map(({ sheet: f }) => ({
      message: `评分表取自工作表${visible.map((v) => `“${v.sheet.grid.name}”`).join("、")}；隐藏的工作表“${f.grid.name}”中另有一张评分表（第 ${f.header.row + 1} 行），没有读取。`,
      cell: cellRef(f.grid.name, f.header.row, f.header.level[0] ?? 0),
    }));
  return { kept: visible, notes };
}

/** Two department tables are an error naming both, never a guess. */
export function twoTablesError(sheets: readonly ScoringSheet[]): WorkbookError {
  const names = sheets.map((f) => `“${f.grid.name}”${f.grid.hidden ? "（隐藏）" : ""}（第 ${f.header.row + 1} 行）`).join("和");
  return new WorkbookError(`找到两张评分表：${names}。请只保留一张，或把不用的那张移到另一个工作簿。`, { sheet: sheets[0].grid.name });
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
