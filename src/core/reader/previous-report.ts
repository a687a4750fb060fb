/**
 * The newest 自评报告 sheet this tool wrote earlier (自评报告, 自评报告(2), …): its paragraphs
 * by id, so a regenerated report keeps what the user filled in.
 */
import type { Grid, WorkbookGrids } from "../grid/grid";
import type { PreviousParagraph } from "../narrative/merge";
import { cellText } from "../values/parse";

const REPORT = /^自评报告(?:\((\d+)\))?$/;

export function readPreviousReport(workbook: WorkbookGrids): { sheet: string; paragraphs: PreviousParagraph[]; outline?: string } | undefined {
  const reports = workbook.sheets
    .map((g) => ({ g, n: REPORT.exec(g.name) }))
    .filter((x) => x.n)
    .sort((a, b) => Number(b.n![1] ?? 1) - Number(a.n![1] ?? 1));
  const newest = reports[0]?.g;
  if (!newest) return undefined;
  // The header names the outline: "自评报告（雷州式；…）".
  const outline = /^自评报告（(湛江式|雷州式|海珠式)/.exec(cellText(newest.rows[0]?.[0]))?.[1];
  return { sheet: newest.name, paragraphs: reportParagraphs(newest), outline };
}

/** A report sheet of ours (自评报告 or 项目自评报告): its paragraphs by the ids in column C. */
export function reportParagraphs(sheet: Grid): PreviousParagraph[] {
  const paragraphs: PreviousParagraph[] = [];
  sheet.rows.forEach((row, r) => {
    if (r === 0 || !row) return;
    const id = cellText(row[2]);
    if (!id) return;
    paragraphs.push({ id, text: cellText(row[0]), generatedHash: cellText(row[3]) || undefined });
  });
  return paragraphs;
}
