/**
 * The 自评汇总 and 自评报告 sheets this tool wrote into a workbook earlier, found by name and by
 * their own markers (the summary's title, the report's 段落编号 column): regenerating updates
 * these in place instead of stacking 自评汇总(2), 自评报告(2). Older copies stay as they are.
 */
import type { Grid, WorkbookGrids } from "../grid/grid";
import { cellText } from "../values/parse";

export interface OwnSheets {
  readonly summary?: string;
  readonly report?: string;
}

function newest(grids: WorkbookGrids, base: string, isOurs: (g: Grid) => boolean): string | undefined {
  const pattern = new RegExp(`^${base}(?:\\((\\d+)\\))?$`);
  return grids.sheets
    .map((g) => ({ g, m: pattern.exec(g.name) }))
    .filter((x) => x.m && isOurs(x.g))
    .sort((a, b) => Number(b.m![1] ?? 1) - Number(a.m![1] ?? 1))[0]?.g.name;
}

export function findOwnSheets(grids: WorkbookGrids): OwnSheets {
  return {
    summary: newest(grids, "自评汇总", (g) => cellText(g.rows[0]?.[0]).endsWith("自评汇总")),
    report: newest(grids, "自评报告", (g) => cellText(g.rows[0]?.[2]) === "段落编号"),
  };
}
