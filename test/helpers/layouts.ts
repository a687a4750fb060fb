/**
 * Writes one indicator tree in the many layouts departments publish (issue 8): one- to
 * four-row headers with group cells, title / department / year / stated-total lines and funds
 * blocks above the header, per-level weight columns under one repeated word, weights inside
 * labels broken over lines with layout spaces, level cells merged down their block, written once
 * or repeated on every row, flat indicator lists beside a vertical "绩效指标" label, 小计 rows
 * inside merged blocks, and unused rows of the printed form. The reader must read every one back
 * to the same tree.
 */
import type { CellRange, Grid, GridCell } from "../../src/core/grid/grid";

export interface TreeNode {
  readonly name: string;
  /** In points; whole or half. */
  readonly weight: number;
  /** Leaves only. */
  readonly score?: number;
  readonly reason?: string;
  readonly children: readonly TreeNode[];
}

export type RowStyle = "outline" | "leaf-merged" | "leaf-first" | "leaf-repeated" | "flat";
export type WeightStyle = "column" | "per-level" | "labels";
export type FundsStyle = "none" | "national" | "sichuan" | "chongqing";
export type DepartmentStyle = "none" | "inline" | "pair" | "stamp" | "title-only";

export interface Layout {
  /** Header rows, 1–4 (per-level weights need at least 2 unless written "一级指标分值"). */
  readonly headerRows: number;
  readonly rows: RowStyle;
  readonly weights: WeightStyle;
  readonly department: DepartmentStyle;
  readonly funds: FundsStyle;
  readonly goalsBlock: boolean;
  readonly statedTotalAbove: boolean;
  readonly blankRowsAbove: number;
  readonly seq: boolean;
  readonly totalRow: boolean;
  readonly subtotals: boolean;
  readonly placeholders: boolean;
  /** Line breaks and layout spaces inside labels ("投 入\n(15分)"). */
  readonly spaced: boolean;
  /** Picks among the synonyms of each header word. */
  readonly wording: number;
  /** Stated scores on parent rows (outline only). */
  readonly statedParents: boolean;
}

export const DEPARTMENT = "测试市某某局";
export const YEAR = 2023;
/** The funds block: 全年预算数 1000, 全年执行数 760 (万元), 执行率 76%, 分值 10, 得分 7.6. */
export const FUNDS = { initial: 900, adjusted: 1000, spend: 760, rate: "76%", weight: 10, score: 7.6 } as const;

type Value = string | number | null;

class SheetBuilder {
  readonly cells: Value[][] = [];
  readonly merges: CellRange[] = [];
  row(values: Value[]): number {
    this.cells.push(values);
    return this.cells.length - 1;
  }
  set(r: number, c: number, v: Value): void {
    while (this.cells.length <= r) this.cells.push([]);
    const row = this.cells[r];
    while (row.length <= c) row.push(null);
    row[c] = v;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
}

const pick = <T>(options: readonly T[], n: number): T => options[Math.abs(n) % options.length];

const WORDS = {
  level: [
    ["一级指标", "二级指标", "三级指标"],
    ["一级", "二级", "三级"],
    ["一级指标", "二级指标", "指标名称"],
  ],
  weight: ["分值", "权重", "标准分", "指标权重(分)", "权重(分)", "分值（分）"],
  levelWeightPair: ["权重(%)", "分值", "权重（分）"],
  score: ["自评得分", "得分", "指标得分(分)", "得分(分)", "评分"],
  reason: ["扣分原因", "扣分原因和其他说明", "偏差原因分析及改进措施", "未完成原因分析", "扣分说明"],
  criteria: ["评分标准", "指标说明及评分标准", "评分办法"],
  explanation: ["指标解释", "指标说明", "指标内涵"],
  group: ["评价指标", "指标体系", "考核指标"],
  flatName: ["指标名称", "指标", "考核指标"],
};

function depthOf(tree: readonly TreeNode[]): number {
  return tree.length === 0 ? 0 : 1 + Math.max(...tree.map((n) => depthOf(n.children)));
}

function leavesOf(n: TreeNode, path: TreeNode[] = []): { leaf: TreeNode; path: TreeNode[] }[] {
  if (n.children.length === 0) return [{ leaf: n, path: [...path, n] }];
  return n.children.flatMap((c) => leavesOf(c, [...path, n]));
}

export function scoreOf(n: TreeNode): number {
  return n.children.length ? n.children.reduce((s, c) => s + scoreOf(c), 0) : n.score ?? 0;
}

/** A label as a printed form might show it. */
function printed(name: string, weight: number | undefined, spaced: boolean): string {
  let label = name;
  if (spaced) label = name.length === 2 ? `${name[0]} ${name[1]}` : name.length >= 6 ? `${name.slice(0, 4)}\n${name.slice(4)}` : name;
  if (weight === undefined) return label;
  return spaced ? `${label}\n(${weight}分)` : `${label}（${weight}分）`;
}

interface Columns {
  seq: number;
  section: number;
  level: number[];
  levelWeight: number[];
  weight: number;
  explanation: number;
  criteria: number;
  score: number;
  reason: number;
  width: number;
}

function columnsFor(layout: Layout, depth: number): Columns {
  let c = 0;
  const cols: Columns = { seq: -1, section: -1, level: [], levelWeight: [], weight: -1, explanation: -1, criteria: -1, score: -1, reason: -1, width: 0 };
  if (layout.seq) cols.seq = c++;
  if (layout.rows === "flat") {
    cols.section = c++;
    cols.level.push(c++);
  } else {
    for (let k = 0; k < depth; k++) {
      cols.level.push(c++);
      if (layout.weights === "per-level") cols.levelWeight.push(c++);
    }
  }
  if (layout.weights !== "per-level" || layout.rows === "flat") cols.weight = c++;
  cols.explanation = c++;
  cols.criteria = c++;
  cols.score = c++;
  cols.reason = c++;
  cols.width = c;
  return cols;
}

function writeHeader(b: SheetBuilder, layout: Layout, cols: Columns): number {
  const w = layout.wording;
  const perLevelPairs = layout.weights === "per-level" && layout.rows !== "flat" && layout.headerRows >= 2;
  const baseRows = perLevelPairs ? 2 : 1;
  const groupRows = Math.max(0, Math.min(layout.headerRows, 4) - baseRows);
  const top = b.cells.length;
  const height = groupRows + baseRows;
  for (let i = 0; i < height; i++) b.row([]);
  const last = top + height - 1;
  const levelWords = pick(WORDS.level, w);
  const levelSpan = cols.level.length ? [cols.level[0], Math.max(...cols.level, ...cols.levelWeight)] : [0, 0];
  // Group rows: a group word over the level columns, "自评情况" over score and reason.
  for (let g = 0; g < groupRows; g++) {
    const r = top + g;
    b.set(r, levelSpan[0], g === 0 && groupRows > 1 ? "指标体系" : pick(WORDS.group, w + g));
    b.merge(r, levelSpan[0], r, levelSpan[1]);
    b.set(r, cols.score, "自评情况");
    b.merge(r, cols.score, r, cols.reason);
  }
  const baseTop = top + groupRows;
  // Columns that are one word: written on the first base row (or the first row), merged down.
  const single: [number, string][] = [
    [cols.seq, "序号"],
    [cols.section, "绩效指标"],
    [cols.weight, pick(WORDS.weight, w)],
    [cols.explanation, pick(WORDS.explanation, w)],
    [cols.criteria, pick(WORDS.criteria, w + 1)],
  ];
  for (const [c, word] of single) {
    if (c < 0) continue;
    b.set(top, c, word);
    b.merge(top, c, last, c);
  }
  for (const [c, word] of [[cols.score, pick(WORDS.score, w)], [cols.reason, pick(WORDS.reason, w)]] as [number, string][]) {
    const from = groupRows > 0 ? baseTop : top;
    b.set(from, c, word);
    b.merge(from, c, last, c);
  }
  if (layout.rows === "flat") {
    b.set(baseTop, cols.level[0], pick(WORDS.flatName, w));
    b.merge(baseTop, cols.level[0], last, cols.level[0]);
    return last;
  }
  cols.level.forEach((c, k) => {
    if (perLevelPairs) {
      b.set(baseTop, c, levelWords[k] === "指标名称" ? "三级指标" : levelWords[k]);
      b.merge(baseTop, c, baseTop, cols.levelWeight[k]);
      b.set(baseTop + 1, c, "名称");
      b.set(baseTop + 1, cols.levelWeight[k], pick(WORDS.levelWeightPair, w));
    } else {
      b.set(baseTop, c, levelWords[k]);
      b.merge(baseTop, c, last, c);
      if (cols.levelWeight[k] !== undefined) {
        b.set(baseTop, cols.levelWeight[k], `${["一级", "二级", "三级"][k]}指标分值`);
        b.merge(baseTop, cols.levelWeight[k], last, cols.levelWeight[k]);
      }
    }
  });
  return last;
}

function writeAbove(b: SheetBuilder, layout: Layout, cols: Columns): void {
  const width = Math.max(cols.width, 8);
  for (let i = 0; i < layout.blankRowsAbove; i++) b.row([]);
  const title = layout.department === "title-only" ? `${DEPARTMENT}${YEAR}年度部门整体支出绩效自评表` : `部门整体支出绩效自评表（${YEAR}年度）`;
  const t = b.row([title]);
  b.merge(t, 0, t, width - 1);
  if (layout.department === "inline") b.row([`单位名称：${DEPARTMENT}`, null, null, null, "金额单位：万元"]);
  if (layout.department === "pair") b.row(["部门名称", DEPARTMENT, null, "评价年度", YEAR]);
  if (layout.department === "stamp") b.row([`填报单位（盖章）：${DEPARTMENT}`]);
  if (layout.statedTotalAbove) b.row(["主管部门", layout.department === "none" || layout.department === "title-only" ? null : DEPARTMENT, "财政处室", null, "自评总分(分)", null]);
  if (layout.funds === "national") {
    const h = b.row(["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
    b.merge(h, 0, h, 1);
    const v = b.row(["年度资金总额", null, FUNDS.initial, FUNDS.adjusted, FUNDS.spend, FUNDS.weight, FUNDS.rate, FUNDS.score]);
    b.merge(v, 0, v, 1);
    const s1 = b.row(["其中：当年财政拨款", null, FUNDS.initial, FUNDS.adjusted, FUNDS.spend, "—", null, "—"]);
    b.merge(s1, 0, s1, 1);
    const s2 = b.row(["上年结转资金", null, 0, 0, 0, "—", null, "—"]);
    b.merge(s2, 0, s2, 1);
  } else if (layout.funds === "sichuan") {
    const g = b.row(["预算执行情况(10分)", "年度预算数(万元)"]);
    b.merge(g, 1, g, 8);
    const h = b.row([null, null, "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]);
    b.merge(g, 0, h + 2, 0);
    b.row([null, "总额", FUNDS.initial, FUNDS.adjusted, FUNDS.spend, FUNDS.rate, FUNDS.weight, FUNDS.score, "部分项目未按期完成"]);
    b.row([null, "其中：财政资金", FUNDS.initial, FUNDS.adjusted, FUNDS.spend, FUNDS.rate, "/", "/"]);
  } else if (layout.funds === "chongqing") {
    b.row(["部门预算执行情况（万元）", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重", "执行率得分(分)"]);
    b.row([null, FUNDS.initial, FUNDS.adjusted, FUNDS.spend, 76, FUNDS.weight, FUNDS.score]);
  }
  if (layout.goalsBlock) {
    const g = b.row(["年度总体目标", null, "预期目标", null, null, "实际完成情况"]);
    b.merge(g, 0, g + 1, 1);
    b.row([null, null, "保障机构正常运转，完成年度重点工作任务，提升服务水平和群众满意度。", null, null, "已完成年度重点工作任务，机构运转正常，群众满意度较高。"]);
  }
  b.row([]);
}

/** Fills the stated total into the heading line once the total is known. */
function fillStatedTotal(b: SheetBuilder, total: number): void {
  for (const row of b.cells) if (row[4] === "自评总分(分)") row[5] = total;
}

const PLACEHOLDERS = ["……", "指标2：", "…"];

function writeLeafRows(b: SheetBuilder, layout: Layout, cols: Columns, tree: readonly TreeNode[], depth: number): void {
  const inLabel = layout.weights === "labels";
  const leafRows = tree.flatMap((root) => leavesOf(root));
  const firstRowOf = new Map<TreeNode, number>();
  const lastRowOf = new Map<TreeNode, number>();
  let seq = 1;
  const note = (n: TreeNode, r: number) => {
    if (!firstRowOf.has(n)) firstRowOf.set(n, r);
    lastRowOf.set(n, r);
  };
  leafRows.forEach(({ leaf, path }, i) => {
    const r = b.row([]);
    if (cols.seq >= 0) b.set(r, cols.seq, seq++);
    path.forEach((n, k) => {
      const isLeaf = k === path.length - 1;
      const first = !firstRowOf.has(n);
      note(n, r);
      const showLabel = isLeaf || layout.rows !== "leaf-first" || first;
      if (showLabel) b.set(r, cols.level[k], printed(n.name, !isLeaf && inLabel ? n.weight : undefined, layout.spaced));
      if (!isLeaf && cols.levelWeight[k] !== undefined && (layout.rows !== "leaf-first" || first)) b.set(r, cols.levelWeight[k], n.weight);
    });
    if (cols.levelWeight.length) b.set(r, cols.levelWeight[path.length - 1], leaf.weight);
    else b.set(r, cols.weight, leaf.weight);
    b.set(r, cols.score, leaf.score ?? null);
    b.set(r, cols.reason, leaf.reason ?? null);
    b.set(r, cols.criteria, "按完成情况计分，未完成的酌情扣分。");
    // Unused rows of the printed form, inside the current block.
    const nextPath = leafRows[i + 1]?.path;
    if (layout.placeholders && depth >= 2 && (!nextPath || nextPath[0] !== path[0])) {
      const p = b.row([]);
      b.set(p, cols.level[depth - 1], pick(PLACEHOLDERS, i));
      path.slice(0, -1).forEach((n, k) => {
        note(n, p);
        if (layout.rows === "leaf-repeated") b.set(p, cols.level[k], printed(n.name, inLabel ? n.weight : undefined, layout.spaced));
      });
    }
    // 小计 after the last leaf of a 一级 block: the 一级 cell is merged over it.
    if (layout.subtotals && depth >= 2 && (!nextPath || nextPath[0] !== path[0])) {
      const s = b.row([]);
      const root = path[0];
      note(root, s);
      b.set(s, cols.level[depth - 1], "小计");
      if (cols.weight >= 0) b.set(s, cols.weight, root.weight);
      b.set(s, cols.score, scoreOf(root));
    }
  });
  if (layout.rows === "leaf-merged") {
    for (const [n, first] of firstRowOf) {
      if (n.children.length === 0) continue;
      const k = leafRows.find((l) => l.path.includes(n))!.path.indexOf(n);
      const last = lastRowOf.get(n)!;
      b.merge(first, cols.level[k], last, cols.level[k]);
      if (cols.levelWeight[k] !== undefined && n.children.length) b.merge(first, cols.levelWeight[k], last, cols.levelWeight[k]);
    }
  }
}

function writeOutlineRows(b: SheetBuilder, layout: Layout, cols: Columns, tree: readonly TreeNode[]): void {
  let seq = 1;
  const walk = (n: TreeNode, k: number) => {
    const r = b.row([]);
    if (cols.seq >= 0) b.set(r, cols.seq, seq++);
    b.set(r, cols.level[k], printed(n.name, undefined, layout.spaced));
    b.set(r, cols.weight, n.weight);
    if (n.children.length === 0) {
      b.set(r, cols.score, n.score ?? null);
      b.set(r, cols.reason, n.reason ?? null);
    } else if (layout.statedParents) b.set(r, cols.score, scoreOf(n));
    if (layout.placeholders && n.children.length === 0 && k > 0) {
      const p = b.row([]);
      b.set(p, cols.level[k], pick(PLACEHOLDERS, r));
    }
    n.children.forEach((c) => walk(c, k + 1));
  };
  tree.forEach((n) => walk(n, 0));
}

function writeFlatRows(b: SheetBuilder, layout: Layout, cols: Columns, tree: readonly TreeNode[], headerTop: number): void {
  let seq = 1;
  for (const n of tree) {
    const r = b.row([]);
    if (cols.seq >= 0) b.set(r, cols.seq, seq++);
    b.set(r, cols.level[0], printed(n.name, undefined, layout.spaced));
    b.set(r, cols.weight, n.weight);
    b.set(r, cols.score, n.score ?? null);
    b.set(r, cols.reason, n.reason ?? null);
  }
  // The vertical "绩效指标" label runs from the header down the whole list.
  const section = b.merges.findIndex((m) => m.left === cols.section && m.top === headerTop);
  if (section >= 0) b.merges.splice(section, 1);
  b.merge(headerTop, cols.section, b.cells.length - 1, cols.section);
}

export interface LaidOut {
  readonly grid: Grid;
  /** Where the tree's first indicator row is (zero-based), for messages. */
  readonly headerRow: number;
}

/**
 * The tree in one layout, as a grid named `sheet`. For "flat" the tree must be one level; for
 * leaf-row styles every leaf must sit at the same depth. With a funds block, the tree's 一级
 * weights should add up to 90 (the block holds the other 10).
 */
export function layOut(tree: readonly TreeNode[], layout: Layout, sheet = "评分表"): LaidOut {
  const depth = depthOf(tree);
  const cols = columnsFor(layout, layout.rows === "flat" ? 1 : depth);
  const b = new SheetBuilder();
  writeAbove(b, layout, cols);
  const headerTop = b.cells.length;
  const headerRow = writeHeader(b, layout, cols);
  if (layout.rows === "flat") writeFlatRows(b, layout, cols, tree, headerTop);
  else if (layout.rows === "outline") writeOutlineRows(b, layout, cols, tree);
  else writeLeafRows(b, layout, cols, tree, depth);
  const total = tree.reduce((s, n) => s + scoreOf(n), 0) + (layout.funds === "none" ? 0 : FUNDS.score);
  const weightTotal = tree.reduce((s, n) => s + n.weight, 0) + (layout.funds === "none" ? 0 : FUNDS.weight);
  if (layout.totalRow) {
    const r = b.row([]);
    b.set(r, cols.seq >= 0 && layout.rows !== "flat" ? cols.seq : cols.level[0], layout.rows === "flat" ? "合计" : "总分");
    b.set(r, cols.weight >= 0 ? cols.weight : cols.levelWeight[0], weightTotal);
    b.set(r, cols.score, round2(Math.min(total, 100)));
    b.row(["评价结论", null, "（请填写）"]);
  }
  if (layout.statedTotalAbove) fillStatedTotal(b, round2(Math.min(total, 100)));
  return { grid: toGrid(sheet, b), headerRow };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Cells covered by a merge are empty, as Excel and WPS save them. */
function toGrid(name: string, b: SheetBuilder): Grid {
  const covered = (r: number, c: number) => b.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  return {
    name,
    merges: b.merges,
    rows: b.cells.map((row, r) => row.map((v, c): GridCell | undefined => (v === null || v === undefined || covered(r, c) ? undefined : { value: v }))),
  };
}
