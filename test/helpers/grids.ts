/** Builds in-memory grids for tests: rows of plain values, null for empty cells. */
import type { Grid, GridCell } from "../../src/core/grid/grid";

export type Row = (string | number | null | GridCell)[];

export function grid(name: string, rows: Row[], merges: Grid["merges"] = []): Grid {
  return {
    name,
    merges,
    rows: rows.map((r) => r.map((v) => (v === null ? undefined : typeof v === "object" ? v : { value: v }))),
  };
}

export const SCORING_HEADER = ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "评分规则", "自评得分", "扣分原因"];

/** A standard-layout 评分表 from compact rows: [level, name, weight, score?, reason?, rule?]. */
export function scoringSheet(rows: [number, string, number | string | null, (number | string | null)?, string?, string?][], extra: Row[] = []): Grid {
  const out: Row[] = [["部门整体支出绩效自评评分表"], ["部门名称", "测试局", null, null, null, "评价年度", 2023], SCORING_HEADER];
  for (const [level, name, weight, score, reason, rule] of rows) {
    const r: Row = [null, null, null, weight, null, null, rule ?? null, score ?? null, reason ?? null];
    r[level - 1] = name;
    out.push(r);
  }
  return grid("评分表", [...out, ...extra]);
}

export function basicSheet(pairs: [string, number | string][], unit = "元"): Grid {
  return grid("基础数据表", [
    ["部门整体支出绩效自评基础数据表"],
    ["部门名称", "测试局", "评价年度", 2023, `金额单位：${unit}`],
    ["序号", "项目", "数值", "单位", "备注"],
    ...pairs.map(([label, value], i) => [i + 1, label, value]),
  ]);
}
