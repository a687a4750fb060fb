/**
 * The sheets this tool wrote into a workbook earlier, found by name and by their own markers (the
 * summary's title, the report's 段落编号 column): regenerating updates these in place instead of
 * stacking 自评汇总(2), 自评报告(2). Older copies stay as they are. A project table's pair
 * (项目自评汇总, 项目自评报告, or with the project's short name) is found by the project's name
 * written on it.
 */
import type { Grid, WorkbookGrids } from "../grid/grid";
import { cellText } from "../values/parse";
import { PROJECT_NAME_CELL, PROJECT_SUMMARY_TITLE } from "./project-summary-sheet";

/** One project's 项目自评汇总 and 项目自评报告 written earlier; `project` is its name (absent when none was written). */
export interface OwnProjectSheets {
  readonly project?: string;
  readonly summary?: string;
  readonly report?: string;
}

export interface OwnSheets {
  readonly summary?: string;
  readonly report?: string;
  /** The project tables' pairs, one per project name. */
  readonly projects?: readonly OwnProjectSheets[];
}

/** "自评汇总(3)" → 3, "自评汇总" → 1. */
const copyNumber = (name: string) => Number(/\((\d+)\)$/.exec(name)?.[1] ?? 1);

function newest(grids: WorkbookGrids, base: string, isOurs: (g: Grid) => boolean): string | undefined {
  const pattern = new RegExp(`^${base}(?:\\((\\d+)\\))?$`);
  return grids.sheets
    .filter((g) => pattern.test(g.name) && isOurs(g))
    .sort((a, b) => copyNumber(b.name) - copyNumber(a.name))[0]?.name;
}

const isReport = (g: Grid) => cellText(g.rows[0]?.[2]) === "段落编号";

/** The project named on a 项目自评报告: the text of its "meta.project" paragraph. */
function reportProject(g: Grid): string | undefined {
  const row = g.rows.find((r) => cellText(r?.[2]) === "meta.project");
  const m = /^项目名称[:：](.+)$/.exec(cellText(row?.[0]));
  return m ? m[1].trim() : undefined;
}

function summaryProject(g: Grid): string | undefined {
  const name = cellText(g.rows[PROJECT_NAME_CELL.row]?.[PROJECT_NAME_CELL.col]);
  return name && name !== "（未填）" ? name : undefined;
}

function projectSheets(grids: WorkbookGrids): OwnProjectSheets[] {
  const byProject = new Map<string, { project?: string; summary?: string; report?: string }>();
  const keep = (project: string | undefined, role: "summary" | "report", name: string) => {
    const key = project ?? "";
    const entry = byProject.get(key) ?? { project };
    const current = entry[role];
    if (!current || copyNumber(name) > copyNumber(current)) entry[role] = name;
    byProject.set(key, entry);
  };
  for (const g of grids.sheets) {
    if (/^项目自评汇总/.test(g.name) && cellText(g.rows[0]?.[0]).endsWith(PROJECT_SUMMARY_TITLE)) keep(summaryProject(g), "summary", g.name);
    else if (/^项目自评报告/.test(g.name) && isReport(g)) keep(reportProject(g), "report", g.name);
  }
  return [...byProject.values()];
}

export function findOwnSheets(grids: WorkbookGrids): OwnSheets {
  const projects = projectSheets(grids);
  return {
    summary: newest(grids, "自评汇总", (g) => cellText(g.rows[0]?.[0]).endsWith("自评汇总")),
    report: newest(grids, "自评报告", isReport),
    ...(projects.length ? { projects } : {}),
  };
}
