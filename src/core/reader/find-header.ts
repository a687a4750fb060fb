/**
 * Finding a 评分表's header on one sheet: rows made of header words form runs; every band of one
 * to four rows that ends a run (the data starts below it) is resolved and given column roles;
 * the band that recognises the most columns, with the fewest rows, is the header. A band that
 * lacks one of 名称, 分值, 得分 is kept as the closest candidate, for the message.
 */
import type { Grid } from "../grid/grid";
import type { MergedView } from "../grid/merged";
import { cellText } from "../values/parse";
import { assignColumnRoles, missingRoles, type ColumnRoles } from "./column-roles";
import { resolveBand, type HeaderBand } from "./header-band";
import { fundsRoleOf, GROUP_WORDS, headerKey, levelOf, roleOfWord } from "./header-words";
import { readIndicatorLabel } from "./indicator-label";

/** Rows searched for a header: titles, info lines and a funds block can fill the top of a page. */
export const HEADER_SEARCH_ROWS = 40;
const MAX_BAND_ROWS = 4;
const MAX_COLUMNS = 40;

export interface ScoringHeader extends ColumnRoles {
  readonly band: HeaderBand;
  /** The last header row (zero-based): indicator rows start below it. */
  readonly row: number;
  /** No 分值 column: every weight is written in the indicator labels. */
  readonly weightsInLabels?: boolean;
}

/** A band with indicator columns that misses one of 名称 / 分值 / 得分. */
export interface HeaderCandidate {
  readonly band: HeaderBand;
  readonly roles: ColumnRoles;
  readonly missing: readonly ("name" | "weight" | "score")[];
}

function isHeaderWord(text: string): boolean {
  const key = headerKey(text);
  if (!key || key.length > 24) return false;
  const level = levelOf(key);
  return !!(level || roleOfWord(key) || fundsRoleOf(key) || GROUP_WORDS.test(key));
}

/**
 * A row that can belong to a header band: some header words, no numbers, and no more other
 * texts than header words (a title or a "单位：" line is not a header row).
 */
function isHeaderRow(grid: Grid, view: MergedView, r: number, width: number): boolean {
  let known = 0;
  let other = 0;
  for (let c = 0; c < width; c++) {
    const merge = view.mergeAt(r, c);
    if (merge && (merge.left !== c || merge.top !== r)) continue; // counted once, where it starts
    const cell = view.cell(r, c);
    if (!cell || cell.value === null || cell.value === "") continue;
    if (typeof cell.value === "number") return false;
    const text = cellText(cell);
    if (!text) continue;
    if (isHeaderWord(text)) known++;
    else other++;
  }
  return known > 0 && other <= known + 1 && grid.rows[r] !== undefined;
}

/**
 * Without a 分值 column, weights may all be in the labels ("相关性(5分)", "部门决策(25分)"): the
 * band is complete when most indicator rows below it carry a weight in a level label.
 */
function weightsInLabels(grid: Grid, view: MergedView, bottom: number, levels: readonly number[]): boolean {
  let rows = 0;
  let weighted = 0;
  for (let r = bottom + 1; r < Math.min(grid.rows.length, bottom + 31); r++) {
    const labels = levels.map((c) => (view.isCovered(r, c) ? "" : cellText(view.cell(r, c)))).filter(Boolean);
    if (labels.length === 0) continue;
    rows++;
    if (labels.some((l) => readIndicatorLabel(l).weight)) weighted++;
  }
  return rows > 0 && weighted * 2 >= rows;
}

/**
 * The header of a 评分表 on this sheet, or the closest candidate when none is complete, or
 * undefined when nothing on the sheet looks like one.
 */
export function findHeader(grid: Grid, view: MergedView, width: number, searchRows = HEADER_SEARCH_ROWS): ScoringHeader | HeaderCandidate | undefined {
  const w = Math.min(width, MAX_COLUMNS);
  const limit = Math.min(searchRows + MAX_BAND_ROWS, grid.rows.length);
  const headerRows: boolean[] = [];
  for (let r = 0; r < limit; r++) headerRows.push(isHeaderRow(grid, view, r, w));

  let best: { band: HeaderBand; roles: ColumnRoles; labelled: boolean } | undefined;
  let closest: HeaderCandidate | undefined;
  for (let end = 0; end < limit; end++) {
    // A band ends where its run of header rows ends (the data starts below).
    if (!headerRows[end] || headerRows[end + 1]) continue;
    let start = end;
    while (start > 0 && headerRows[start - 1] && end - start + 1 < MAX_BAND_ROWS) start--;
    if (start >= searchRows) continue;
    for (let top = end; top >= start; top--) {
      const band = resolveBand(view, top, end, w);
      const roles = assignColumnRoles(band.paths);
      const missing = missingRoles(roles);
      const labelled = missing.length === 1 && missing[0] === "weight" && roles.level.length > 0 && weightsInLabels(grid, view, end, roles.level);
      if (missing.length === 0 || labelled) {
        // More recognised columns win; at equal count the shorter band (fewer stray rows).
        if (!best || roles.recognised > best.roles.recognised) best = { band, roles, labelled };
      } else if (missing.length === 1 && (roles.level.length > 0 || missing[0] === "name") && !isFundsBand(band)) {
        if (!closest || roles.recognised > closest.roles.recognised) closest = { band, roles, missing };
      }
    }
    if (best) break; // the first complete header from the top is the table's
  }
  if (best) return { ...best.roles, band: best.band, row: best.band.bottom, weightsInLabels: best.labelled || undefined };
  return closest;
}

/** The header of a funds block (年初预算数 | 全年预算数 | 全年执行数 …) is not a 评分表 near miss. */
function isFundsBand(band: HeaderBand): boolean {
  const amounts = band.paths.filter((p) => {
    const role = fundsRoleOf(headerKey(p.labels[p.labels.length - 1]));
    return role === "budgetInitial" || role === "budgetAdjusted" || role === "spend";
  });
  return amounts.length >= 2;
}

export function isCompleteHeader(h: ScoringHeader | HeaderCandidate): h is ScoringHeader {
  return "row" in h;
}
