/**
 * Applies a WritePlan to the user's package: the result is the input's parts plus the tool's
 * additions. New sheets (and cells written into the user's sheets) are built by ExcelJS in a
 * scratch workbook and grafted in; marks change only the style index of the marked cells (a
 * new cell format derived from the cell's own, with a fill or a border). It decides nothing;
 * it never deletes or renames a sheet and never changes a value or formula on one.
 */
import * as ExcelJS from "exceljs";
import { a1, parseA1 } from "../../core/grid/address";
import type { CellRange } from "../../core/grid/grid";
import { MARK_COLOURS, type MarkKind, type PlannedMark, type WritePlan } from "../../core/plan/plan";
import { validatePlan } from "../../core/plan/validate";
import { Graft } from "./package/graft";
import { sheetMerges } from "./package/merges";
import { isStrictPackage, packageToTransitional } from "./package/strict";
import { cellKey, editCells, type CellEdit } from "./package/sheet-cells";
import { StyleSheet } from "./package/styles";
import { appendWorksheet, replaceWorksheet, workbookSheets, type SheetEntry } from "./package/workbook";
import { attachChart, plannedSheetChart } from "./chart";
import { partText, readPackage, setPart, type XlsxPackage } from "./package/package";
import { prefixFor, withPrefix } from "./package/xml";
import { MAIN } from "./package/reading-view";
import { addSheet, excelJsBytes, writeCell } from "./scratch-sheets";
import { recordMarks, restoreRecordedMarks, type MarkChange } from "./mark-record";

/** What applying a plan did that the user should hear about. */
export interface ApplyReport {
  /** Planned edits skipped because their cell is no longer empty (never overwritten). */
  readonly skippedEdits: number;
  /** The part of each sheet the plan added, by name: where a drawing or chart can be attached. */
  readonly sheetParts: Readonly<Record<string, string>>;
}

export async function applyPlan(pkg: XlsxPackage, plan: WritePlan): Promise<ApplyReport> {
  const sheets = workbookSheets(pkg);
  // Check the whole plan first so a bad plan leaves the package untouched.
  validatePlan(plan, sheets.map((s) => s.name));
  // The tool writes Transitional parts; a Strict package is restated in the same terms first.
  if (isStrictPackage(pkg)) packageToTransitional(pkg);
  // Evaluating a result again: the marks of the earlier run go first (cells get their own style
  // back), so nothing corrected since stays coloured; this run's marks are recorded below.
  const remarking = plan.marks.length > 0 || plan.sheets.some((s) => s.replaces);
  if (remarking) restoreRecordedMarks(pkg, sheets);
  const styles = StyleSheet.of(pkg);
  let skippedEdits = 0;
  const sheetParts: Record<string, string> = {};
  const edits = (plan.edits ?? []).filter((e) => e.cells.length > 0);
  if (plan.sheets.length || edits.length) {
    const scratch = new ExcelJS.Workbook();
    for (const sheet of plan.sheets) addSheet(scratch, sheet);
    edits.forEach((edit, i) => {
      const ws = scratch.addWorksheet(`edit${i + 1}`);
      for (const cell of edit.cells) writeCell(ws.getCell(cell.row + 1, cell.col + 1), cell);
    });
    const graft = new Graft(pkg, styles, await readPackage(await excelJsBytes(scratch, { store: true })));
    for (const sheet of plan.sheets) {
      const xml = graft.sheetXml(sheet.name);
      // A sheet this tool wrote earlier is regenerated in place (the planner sets `replaces`
      // only for our own 自评汇总/自评报告, and validatePlan has checked it exists).
      sheetParts[sheet.name] = sheet.replaces ? replaceWorksheet(pkg, sheet.name, xml) : appendWorksheet(pkg, sheet.name, xml);
    }
    // ExcelJS cannot write charts: each planned chart is added as native chart parts.
    plan.sheets.forEach((sheet, i) => {
      const chart = plannedSheetChart(sheet);
      if (chart) attachChart(pkg, sheetParts[sheet.name], chart, i + 1);
    });
    edits.forEach((edit, i) => {
      const made = graft.cells(`edit${i + 1}`);
      const entry = sheetNamed(sheets, edit.sheet);
      const xml = partText(pkg, entry.part!)!;
      const prefix = prefixOf(xml);
      const wanted = new Map<number, CellEdit>();
      for (const cell of edit.cells) {
        const element = made.get(a1(cell.row, cell.col));
        if (element) wanted.set(cellKey(cell.row, cell.col), { fill: () => withPrefix(element, prefix) });
      }
      const out = editCells(xml, wanted);
      skippedEdits += out.skipped;
      setPart(pkg, entry.part!, out.xml);
    });
  }
  const changes = applyMarks(pkg, sheets, styles, plan.marks);
  if (remarking) recordMarks(pkg, changes);
  styles.save();
  return { skippedEdits, sheetParts };
}

/** The largest merge a mark colours whole (cells). */
const MAX_MARKED_MERGE = 1000;

/** Colours the marked cells; returns what changed, by sheet, for the record. */
function applyMarks(pkg: XlsxPackage, sheets: readonly SheetEntry[], styles: StyleSheet, marks: readonly PlannedMark[]): Map<string, MarkChange[]> {
  const changes = new Map<string, MarkChange[]>();
  const bySheet = new Map<string, PlannedMark[]>();
  for (const m of marks) bySheet.set(m.sheet, [...(bySheet.get(m.sheet) ?? []), m]);
  const fills = new Map<MarkKind, number>();
  let border: number | undefined;
  const lookId = (kind: MarkKind): Record<string, number> => {
    if (kind === "check") {
      border ??= styles.append("borders", "border", checkBorderXml());
      return { borderId: border };
    }
    if (!fills.has(kind)) fills.set(kind, styles.append("fills", "fill", solidFillXml(MARK_COLOURS[kind])));
    return { fillId: fills.get(kind)! };
  };
  for (const [name, sheetMarks] of bySheet) {
    const entry = sheetNamed(sheets, name);
    const xml = partText(pkg, entry.part!)!;
    const merges = sheetMerges(xml);
    // Per cell, the looks to add in order (a checked cell keeps its deduction colour).
    const looks = new Map<number, Record<string, number>[]>();
    for (const mark of sheetMarks) {
      const look = lookId(mark.kind);
      for (const address of mark.cells) {
        const { row, col } = parseA1(address);
        // A mark on a merged cell covers the whole merge, or only the master's edges would show.
        // (A merge over a whole row or column would mean thousands of new cells: then the master only.)
        const merge = merges.find((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
        const small = merge && (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) <= MAX_MARKED_MERGE;
        const area: CellRange = merge && small ? merge : { top: row, left: col, bottom: row, right: col };
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) looks.set(cellKey(r, c), [...(looks.get(cellKey(r, c)) ?? []), look]);
        }
      }
    }
    const wanted = new Map<number, CellEdit>();
    const changed: MarkChange[] = [];
    for (const [k, list] of looks) {
      wanted.set(k, {
        restyle: (from) => {
          const to = list.reduce((xf, look) => styles.derivedXf(xf, look), from);
          changed.push({ row: Math.floor(k / 16384), col: k % 16384, from, to });
          return to;
        },
      });
    }
    setPart(pkg, entry.part!, editCells(xml, wanted).xml);
    changes.set(name, changed);
  }
  return changes;
}

function sheetNamed(sheets: readonly SheetEntry[], name: string): SheetEntry {
  const entry = sheets.find((s) => s.name === name && s.part);
  if (!entry) throw new Error(`sheet ${name} has no part`);
  return entry;
}

function prefixOf(xml: string): string {
  const p = prefixFor(xml, MAIN);
  return p ? `${p}:` : "";
}

function solidFillXml(argb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function checkBorderXml(): string {
  const side = (name: string) => `<${name} style="medium"><color rgb="${MARK_COLOURS.check}"/></${name}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}
