/**
 * Reads the 评分表 into a tree: 一级 → 二级 → 三级 (→ 四级), each node with its weight, score,
 * 扣分原因, 评分规则 and the cells they came from. Accepts merged and carried-forward level
 * cells, weights inside labels, per-level weight columns, 小计/合计 rows and a 加分 row.
 */
import type { Decimal } from "../decimal";
import { WorkbookError } from "../errors";
import { a1, cellRef } from "../grid/address";
import { cellText, parseCellNumber, parseNumberText } from "../values/parse";
import { compact } from "../values/text";
import type { CellSource, IndicatorInput, InputProblem, ScoringLayout, Sourced } from "../input";
import type { ScoringSheet } from "./find-sheets";
import { splitWeightLabel } from "./weight-label";

interface Draft {
  name: string;
  label: string;
  level: number;
  row: number;
  weight?: Sourced<Decimal>;
  score?: Sourced<Decimal>;
  scoreCell?: string;
  scoreSource?: CellSource;
  reason?: Sourced<string>;
  criteria?: string;
  explanation?: string;
  rule?: Sourced<string>;
  subtotal?: Sourced<Decimal>;
  children: Draft[];
}

export interface ScoringRead {
  readonly tree: IndicatorInput[];
  readonly bonus: IndicatorInput[];
  readonly statedTotal?: Sourced<Decimal>;
  readonly statedGrade?: Sourced<string>;
  readonly department?: Sourced<string>;
  readonly year?: Sourced<number>;
  readonly problems: InputProblem[];
  readonly layout: ScoringLayout;
}

const TOTAL = /^(合计|总计|总分|得分合计|合计得分|总得分)$/;
const SUBTOTAL = /^(小计|小计得分)$/;
const BONUS = /^(加分|加分项|加分指标|工作表现加分|附加分)$/;
const GRADE_LABEL = /^(评价等级|绩效等级|自评等级|等级)[:：]?(.*)$/;
const NOTE = /^(注|说明|备注|填报说明|填表说明|填报人|审核人|单位负责人|联系电话)/;

export function normaliseGrade(text: string): string | undefined {
  const t = compact(text).replace(/[“”"]/g, "");
  if (/^优秀?$/.test(t)) return "优";
  if (/^良好?$/.test(t)) return "良";
  if (/^(中|中等|合格|一般)$/.test(t)) return "中";
  if (/^(差|较差|不合格)$/.test(t)) return "差";
  return undefined;
}

export function readScoringTable(sheet: ScoringSheet): ScoringRead {
  const { grid, view, header } = sheet;
  const name = grid.name;
  const problems: InputProblem[] = [];
  const ref = (r: number, c: number) => cellRef(name, r, c);
  const text = (r: number, c: number) => (c < 0 ? "" : cellText(view.cell(r, c)));

  const number = (r: number, c: number, what: string, check: InputProblem["check"]): Sourced<Decimal> | undefined => {
    // A score or weight cell merged into the one above belongs to that row: this row has none.
    if (c < 0 || view.isCovered(r, c)) return undefined;
    const cell = view.cell(r, c);
    const p = parseCellNumber(cell);
    if (p.kind === "number") {
      const numeric = typeof cell?.value === "number" && !p.isFraction && !view.isCovered(r, c);
      return { value: p.isFraction && p.written ? p.written.percent : p.value, cell: ref(r, c), numeric };
    }
    if (p.kind === "unreadable") problems.push({ cell: ref(r, c), what, reason: p.reason, check });
    return undefined;
  };

  const roots: Draft[] = [];
  const bonus: Draft[] = [];
  const path: Draft[] = [];
  let statedTotal: Sourced<Decimal> | undefined;
  let statedGrade: Sourced<string> | undefined;
  let afterTotal = false;
  let lastRow = header.row;

  const levels = header.level;
  const deepestCol = (r: number) => {
    for (let k = levels.length - 1; k >= 0; k--) if (text(r, levels[k])) return k;
    return -1;
  };

  // Text columns (评分标准, 扣分原因 …) may mention 等级 in passing; a grade label is never there.
  const textColumns = new Set([header.reason, header.criteria, header.explanation, header.rule].filter((c) => c >= 0));
  const gradeIn = (r: number): Sourced<string> | undefined => {
    for (let c = 0; c <= Math.max(header.lastColumn, 12); c++) {
      if (view.isCovered(r, c) || textColumns.has(c)) continue;
      const m = GRADE_LABEL.exec(compact(cellText(view.cell(r, c))));
      if (!m) continue;
      const inline = normaliseGrade(m[2]);
      if (inline) return { value: inline, cell: ref(r, c) };
      if (m[2]) continue; // "等级评定为…": a sentence, not the label
      for (let d = c + 1; d <= Math.max(header.lastColumn, 12); d++) {
        if (view.isCovered(r, d)) continue;
        const t = cellText(view.cell(r, d));
        if (t) return { value: normaliseGrade(t) ?? t, cell: ref(r, d) };
      }
    }
    return undefined;
  };

  for (let r = header.row + 1; r < grid.rows.length; r++) {
    if (!grid.rows[r]) continue;
    const labels = levels.map((c) => text(r, c));
    const compactLabels = labels.map(compact);
    const scoreText = text(r, header.score);
    // 合计/小计 are matched without a weight in the label ("合计（100分）"), and a 合计 written in
    // the 序号 column counts when no level column has text.
    const names = compactLabels.map((l) => compact(splitWeightLabel(l).name));
    const seqText = header.seq >= 0 && labels.every((l) => !l) ? compact(splitWeightLabel(text(r, header.seq)).name) : "";

    const grade = gradeIn(r);
    if (grade) {
      statedGrade = grade;
      lastRow = r;
      continue;
    }
    const subtotalAt = names.findIndex((l) => SUBTOTAL.test(l));
    if (subtotalAt >= 0) {
      const target = path[Math.max(0, subtotalAt - 1)];
      const s = number(r, header.score, "小计得分", "score-range");
      if (target && s) target.subtotal = s;
      lastRow = r;
      continue;
    }
    if (names.some((l) => TOTAL.test(l)) || TOTAL.test(seqText)) {
      statedTotal = number(r, header.score, "合计得分", "score-range") ?? statedTotal;
      afterTotal = true;
      lastRow = r;
      continue;
    }
    const deepest = deepestCol(r);
    if (deepest < 0) continue;
    if (NOTE.test(compactLabels[deepest]) && !scoreText) continue;

    // A 加分 row may come after 合计; other rows after 合计 (signatures, notes) are not indicators.
    const isBonus = names.some((l) => BONUS.test(l));
    if (afterTotal && !isBonus) continue;
    if (isBonus) {
      // The bonus item's own name is the deepest label that is not just "加分".
      const own = [...labels].reverse().find((l) => l && !BONUS.test(compact(splitWeightLabel(l).name))) ?? labels[deepest];
      const { name: bonusName, weight } = splitWeightLabel(own);
      const draft: Draft = { name: bonusName, label: own, level: 1, row: r, children: [] };
      fillRow(draft, r, weight);
      bonus.push(draft);
      lastRow = r;
      continue;
    }

    let parent: Draft | undefined;
    let node: Draft | undefined;
    for (let k = 0; k <= deepest; k++) {
      const label = labels[k];
      if (!label) {
        parent = path[k] ?? parent;
        if (k === deepest) node = path[k];
        continue;
      }
      const existing = path[k];
      const coveredByMerge = view.isCovered(r, levels[k]);
      const same = existing && existing.label === label && (k < deepest || coveredByMerge);
      if (same) {
        parent = existing;
        if (k === deepest) node = existing;
        continue;
      }
      const { name: nodeName, weight } = splitWeightLabel(label);
      const draft: Draft = { name: nodeName, label, level: k + 1, row: r, children: [] };
      const labelled = weight ? parseNumberText(weight) : undefined;
      if (labelled?.kind === "number") draft.weight = { value: labelled.value, cell: ref(r, levels[k]) };
      (parent ? parent.children : roots).push(draft);
      path.length = k;
      path[k] = draft;
      parent = draft;
      if (k === deepest) node = draft;
    }
    if (!node) continue;
    // Per-level weight columns belong to the node of that level on this row.
    header.levelWeight.forEach((c, k) => {
      const target = path[k];
      if (c >= 0 && target && !target.weight) {
        const w = number(r, c, "分值", "missing-input");
        if (w) target.weight = w;
      }
    });
    if (node.row === r) fillRow(node, r);
    lastRow = r;
  }

  function fillRow(draft: Draft, r: number, labelWeight?: string): void {
    if (!draft.weight && header.weight >= 0) {
      const w = number(r, header.weight, `“${draft.name}”的分值`, "missing-input");
      if (w) draft.weight = w;
    }
    if (!draft.weight && labelWeight) {
      const p = parseNumberText(labelWeight);
      if (p.kind === "number") draft.weight = { value: p.value, cell: ref(r, levels[0]) };
    }
    const scoreCol = header.score;
    draft.scoreCell = ref(r, scoreCol);
    const raw = view.cell(r, scoreCol);
    draft.scoreSource = { cell: draft.scoreCell, numeric: typeof raw?.value === "number" };
    const s = number(r, scoreCol, `“${draft.name}”的自评得分`, "score-range");
    if (s) draft.score = s;
    const reason = text(r, header.reason);
    if (reason) draft.reason = { value: reason, cell: ref(r, header.reason) };
    const rule = text(r, header.rule);
    if (rule) draft.rule = { value: rule, cell: ref(r, header.rule) };
    draft.criteria = text(r, header.criteria) || undefined;
    draft.explanation = text(r, header.explanation) || undefined;
  }

  if (roots.length === 0) {
    throw new WorkbookError(`评分表的表头（第 ${header.row + 1} 行）下面没有指标行。`, {
      sheet: name,
      cell: a1(header.row + 1, levels[0]),
    });
  }

  const freeze = (d: Draft): IndicatorInput => ({
    name: d.name,
    level: d.level,
    row: d.row,
    weight: d.weight,
    score: d.score,
    scoreCell: d.scoreCell,
    scoreSource: d.scoreSource,
    reason: d.reason,
    criteria: d.criteria,
    explanation: d.explanation,
    rule: d.rule,
    subtotal: d.subtotal,
    children: d.children.map(freeze),
  });

  return {
    tree: roots.map(freeze),
    bonus: bonus.map(freeze),
    statedTotal,
    statedGrade,
    ...readTitleArea(sheet),
    problems,
    layout: {
      sheet: name,
      headerRow: header.row,
      columns: {
        level: levels,
        weight: header.weight >= 0 ? header.weight : header.levelWeight.find((c) => c >= 0) ?? -1,
        score: header.score,
        reason: header.reason,
        rule: header.rule,
        criteria: header.criteria,
      },
      firstRow: header.row + 1,
      lastRow,
      lastColumn: header.lastColumn,
    },
  };
}

const DEPT_LABEL = /^(部门名称|单位名称|评价单位|部门|单位|被评价单位|预算单位)[:：]?(.*)$/;
const YEAR_LABEL = /^(评价年度|年度|自评年度)[:：]?(.*)$/;

/** 部门 and 年度 written above the header: "部门名称 | X" pairs or "单位：X" in one cell. */
function readTitleArea(sheet: ScoringSheet): { department?: Sourced<string>; year?: Sourced<number> } {
  const { grid, view, header } = sheet;
  let department: Sourced<string> | undefined;
  let year: Sourced<number> | undefined;
  for (let r = 0; r < header.row; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (view.isCovered(r, c)) continue;
      const t = compact(cellText(view.cell(r, c)));
      if (!t) continue;
      const valueRight = (): { text: string; col: number } | undefined => {
        for (let d = c + 1; d < Math.max(row.length, c + 4); d++) {
          if (view.isCovered(r, d)) continue;
          const v = cellText(view.cell(r, d));
          if (v) return { text: v, col: d };
        }
        return undefined;
      };
      const dm = DEPT_LABEL.exec(t);
      if (dm && !department) {
        if (dm[2]) department = { value: dm[2], cell: cellRef(grid.name, r, c) };
        else {
          const v = valueRight();
          if (v) department = { value: v.text, cell: cellRef(grid.name, r, v.col) };
        }
        continue;
      }
      const ym = YEAR_LABEL.exec(t);
      if (ym && !year) {
        const source = ym[2] ? { text: ym[2], col: c } : valueRight();
        const m = source && /(\d{4})/.exec(compact(source.text));
        if (source && m) year = { value: Number(m[1]), cell: cellRef(grid.name, r, source.col) };
      }
    }
  }
  return { department, year };
}
