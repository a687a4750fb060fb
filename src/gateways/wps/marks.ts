/**
 * Marks on the user's sheets (标注扣分) and their removal (清除标注) through ET, with the same
 * guarantees as in Excel (../excel/marks.ts, whose decisions ../excel/mark-decisions.ts shares):
 * - The look a mark replaces is read first and recorded: Interior.Pattern, Color, TintAndShade
 *   and PatternColor, and LineStyle, Weight and Color of the edges a mark draws. No Fill is
 *   Pattern xlPatternNone (-4142) and goes back as exactly that, never as a white fill
 *   (https://learn.microsoft.com/office/vba/api/excel.interior.pattern, excel.interior.colorindex).
 * - The record lives in the workbook's custom document properties, which Ctrl+Z does not undo;
 *   so a recorded cell is put back only while it still shows its mark, read back first.
 * Reads are whole-group reads split only where cells differ (uniform.ts); writes are one
 * property write per group of cells with the same look.
 */
import { a1 } from "../../core/grid/address";
import type { CellRange } from "../../core/grid/grid";
import { blocksOf, type CellPosition } from "../excel/areas";
import type { Capture, Parts, Restore } from "../excel/mark-decisions";
import { partsOf } from "../excel/mark-decisions";
import { addressOf } from "./addresses";
import { bgrColour } from "./colour";
import { EDGES, EDGE_NAMES, XL, type Edge, type EtRange, type EtWorksheet } from "./et";
import { applyFormat } from "./styles";
import { uniformOver } from "./uniform";
import { groupCells, rangesOver } from "./write-cells";

type Format = Excel.CellPropertiesFormat;

export interface EtFill {
  /** XlPattern: -4142 none, 1 solid, … */
  readonly pattern: number;
  readonly color?: number;
  readonly tint?: number;
  readonly patternColor?: number;
}

export interface EtLine {
  /** XlLineStyle: -4142 none, 1 continuous, … */
  readonly lineStyle: number;
  readonly weight?: number;
  readonly color?: number;
}

/** The parts of a cell's look a mark changes, as ET reports them. */
export interface EtLook {
  readonly fill?: EtFill;
  readonly borders?: Partial<Record<Edge, EtLine>>;
}

export type EtLooks = Map<string, EtLook>;

const WEIGHTS: Record<string, number> = { Hairline: XL.hairline, Thin: XL.thin, Medium: XL.medium, Thick: XL.thick };

/** A mark's format (../excel/styles.ts markFormat) as the look it leaves. */
export function lookOfMark(format: Format): EtLook {
  const look: { fill?: EtFill; borders?: Partial<Record<Edge, EtLine>> } = {};
  if (format.fill?.color) look.fill = { pattern: XL.patternSolid, color: bgrColour(format.fill.color) };
  if (format.borders) {
    const borders: Partial<Record<Edge, EtLine>> = {};
    for (const side of EDGE_NAMES) {
      const b = format.borders[side];
      if (b) borders[side] = { lineStyle: XL.continuous, weight: WEIGHTS[b.weight ?? "Thin"], color: bgrColour(b.color ?? "#000000") };
    }
    look.borders = borders;
  }
  return look;
}

/** Whether a cell still shows the mark put on it. */
export function showsMark(current: EtLook | undefined, mark: EtLook | undefined): boolean {
  if (!current || !mark) return false;
  if (mark.fill && !(current.fill && current.fill.pattern === mark.fill.pattern && current.fill.color === mark.fill.color)) return false;
  for (const side of EDGE_NAMES) {
    const want = mark.borders?.[side];
    const have = current.borders?.[side];
    if (want && !(have && have.lineStyle === want.lineStyle && have.weight === want.weight && have.color === want.color)) return false;
  }
  return true;
}

function probeFill(range: EtRange): EtFill | null {
  const interior = range.Interior;
  const pattern = interior.Pattern;
  if (pattern === null) return null;
  if (pattern === XL.patternNone) return { pattern };
  const color = interior.Color;
  const tint = interior.TintAndShade;
  if (color === null || tint === null) return null;
  if (pattern === XL.patternSolid) return { pattern, color, tint };
  const patternColor = interior.PatternColor;
  return patternColor === null ? null : { pattern, color, tint, patternColor };
}

function probeEdge(range: EtRange, side: Edge): EtLine | null {
  const border = range.Borders.Item(EDGES[side]);
  const lineStyle = border.LineStyle;
  if (lineStyle === null) return null;
  if (lineStyle === XL.lineStyleNone) return { lineStyle };
  const weight = border.Weight;
  const color = border.Color;
  return weight === null || color === null ? null : { lineStyle, weight, color };
}

/** The looks of cells (the parts asked for), "A1" → look. */
export function readLooks(ws: EtWorksheet, cells: readonly Capture[]): EtLooks {
  const looks: EtLooks = new Map();
  const merge = (ranges: readonly CellRange[], part: EtLook) => {
    for (const r of ranges) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const key = a1(row, col);
          const before = looks.get(key) ?? {};
          looks.set(key, { fill: part.fill ?? before.fill, borders: part.borders ? { ...before.borders, ...part.borders } : before.borders });
        }
      }
    }
  };
  const fills = cells.filter((c) => c.parts.fill);
  if (fills.length > 0) {
    for (const u of uniformOver(blocksOf(fills, Infinity), (g) => probeFill(ws.Range(addressOf(g))))) merge(u.ranges, { fill: u.value });
  }
  const edged = cells.filter((c) => c.parts.borders);
  if (edged.length > 0) {
    for (const side of EDGE_NAMES) {
      for (const u of uniformOver(blocksOf(edged, Infinity), (g) => probeEdge(ws.Range(addressOf(g)), side))) merge(u.ranges, { borders: { [side]: u.value } });
    }
  }
  return looks;
}

/**
 * What recorded cells show now, read group by group of the same mark: while every cell of a
 * group still shows it, the group costs a few calls whatever its size.
 */
export function currentLooks(ws: EtWorksheet, recorded: readonly (CellPosition & { readonly mark?: EtLook })[]): EtLooks {
  const looks: EtLooks = new Map();
  for (const group of groupCells(recorded, (c) => JSON.stringify(c.mark ?? {})).values()) {
    const parts: Parts = partsOf(group[0].mark);
    for (const [address, look] of readLooks(ws, group.map((c) => ({ row: c.row, col: c.col, parts })))) looks.set(address, look);
  }
  return looks;
}

/** Puts recorded looks back: the parts given (or the parts its mark changed). */
export function restoreLooks(ws: EtWorksheet, cells: readonly Restore<EtLook>[]): void {
  const fills: (CellPosition & { fill: EtFill })[] = [];
  const edges: (CellPosition & { side: Edge; line: EtLine })[] = [];
  for (const cell of cells) {
    const { original, mark } = cell.entry;
    const parts = cell.parts ?? partsOf(mark);
    if (parts.fill && original.fill) fills.push({ row: cell.row, col: cell.col, fill: original.fill });
    if (parts.borders && original.borders) {
      const sides = mark?.borders ? EDGE_NAMES.filter((s) => mark.borders![s]) : EDGE_NAMES;
      for (const side of sides) {
        const line = original.borders[side];
        if (line) edges.push({ row: cell.row, col: cell.col, side, line });
      }
    }
  }
  for (const group of groupCells(fills, (c) => JSON.stringify(c.fill)).values()) {
    const fill = group[0].fill;
    for (const range of rangesOver(ws, group)) setFill(range, fill);
  }
  for (const group of groupCells(edges, (c) => `${c.side}|${JSON.stringify(c.line)}`).values()) {
    const { side, line } = group[0];
    for (const range of rangesOver(ws, group)) setEdge(range, side, line);
  }
}

function setFill(range: EtRange, fill: EtFill): void {
  const interior = range.Interior;
  if (fill.pattern === XL.patternNone) {
    interior.Pattern = XL.patternNone;
    return;
  }
  if (fill.color !== undefined) interior.Color = fill.color;
  if (fill.pattern !== XL.patternSolid) interior.Pattern = fill.pattern;
  if (fill.patternColor !== undefined) interior.PatternColor = fill.patternColor;
  if (fill.tint !== undefined) interior.TintAndShade = fill.tint;
}

function setEdge(range: EtRange, side: Edge, line: EtLine): void {
  const border = range.Borders.Item(EDGES[side]);
  if (line.lineStyle === XL.lineStyleNone) {
    border.LineStyle = XL.lineStyleNone;
    return;
  }
  border.LineStyle = line.lineStyle;
  if (line.weight !== undefined) border.Weight = line.weight;
  if (line.color !== undefined) border.Color = line.color;
}

/** Puts marks on: one format write per group of cells with the same mark. */
export function applyMarks(ws: EtWorksheet, cells: readonly (CellPosition & { readonly format: Format })[]): void {
  for (const group of groupCells(cells, (c) => JSON.stringify(c.format)).values()) {
    for (const range of rangesOver(ws, group)) applyFormat(range, group[0].format);
  }
}
