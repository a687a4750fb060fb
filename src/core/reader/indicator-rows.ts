/**
 * The row walk: each row below the header band is classified (indicator, 小计, 合计, 评价等级,
 * 加分, note, unused form row) and indicator rows are placed in the tree. Level cells may be
 * merged down their block or written only on its first row; a row's deepest level label is
 * its own indicator, the labels to its left are the blocks that contain it.
 */
import { isFormInstruction } from "../values/form-instruction";
import type { Decimal } from "../decimal";
import { cellRef } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { MergedView } from "../grid/merged";
import type { CellSource, IndicatorInput, InputProblem, Sourced } from "../input";
import { cellText, parseCellNumber, parseNumberText } from "../values/parse";
import { simplifiedLayoutWord } from "../values/simplified";
import { compact } from "../values/text";
import type { ScoringHeader } from "./find-header";
import { normaliseGrade } from "./grade-words";
import { NOT_APPLICABLE, ROW_WORDS } from "./header-words";
import { impliedParentName } from "./implied-names";
import { readIndicatorLabel } from "./indicator-label";
import { subtotalOwner } from "./subtotal-owner";

/** An indicator while the walk still adds children to it. */
export interface Draft {
  name: string;
  /** The label as printed, to recognise the same block on the next row. */
  label: string;
  level: number;
  row: number;
  weight?: Sourced<Decimal>;
  score?: Sourced<Decimal>;
  scoreCell?: string;
  scoreSource?: CellSource;
  reason?: Sourced<string>;
  reasonCell?: string;
  criteria?: string;
  explanation?: string;
  rule?: Sourced<string>;
  subtotal?: Sourced<Decimal>;
  target?: Sourced<string>;
  adjustedTarget?: Sourced<string>;
  actual?: Sourced<string>;
  nature?: Sourced<string>;
  measureUnit?: Sourced<string>;
  sign?: Sourced<string>;
  children: Draft[];
}

export interface IndicatorRows {
  readonly tree: IndicatorInput[];
  readonly bonus: IndicatorInput[];
  readonly statedTotal?: Sourced<Decimal>;
  readonly statedGrade?: Sourced<string>;
  readonly problems: InputProblem[];
  /** The last row that belonged to the table (zero-based). */
  readonly lastRow: number;
}

type RowKind =
  | { kind: "grade"; grade: Sourced<string> }
  | { kind: "subtotal"; at: number }
  | { kind: "total" }
  | { kind: "bonus" }
  | { kind: "indicator"; deepest: number }
  | { kind: "skip" };

export function readIndicatorRows(grid: Grid, view: MergedView, header: ScoringHeader): IndicatorRows {
  const name = grid.name;
  const problems: InputProblem[] = [];
  const ref = (r: number, c: number) => cellRef(name, r, c);
  const text = (r: number, c: number) => (c < 0 ? "" : cellText(view.cell(r, c)));
  const levels = header.level;
  const width = Math.max(header.lastColumn, 12);

  const number = (r: number, c: number, what: string, check: InputProblem["check"]): Sourced<Decimal> | undefined => {
    // A score or weight cell merged into the one above belongs to that row: this row has none.
    if (c < 0 || view.isCovered(r, c)) return undefined;
    const cell = view.cell(r, c);
    const p = parseCellNumber(cell);
    if (p.kind === "number") {
      const numeric = typeof cell?.value === "number" && !p.isFraction;
      return { value: p.isFraction && p.written ? p.written.percent : p.value, cell: ref(r, c), numeric };
    }
    if (p.kind === "unreadable") problems.push({ cell: ref(r, c), what, reason: p.reason, check });
    return undefined;
  };
  const sourcedText = (r: number, c: number): Sourced<string> | undefined => {
    const covered = c < 0 || view.isCovered(r, c);
    const cell = covered ? undefined : view.cell(r, c);
    // A percent-formatted number (0.98 shown as 98%) reads as the user sees it.
    const p = typeof cell?.value === "number" ? parseCellNumber(cell) : undefined;
    const t = p?.kind === "number" && p.isFraction && p.written ? `${p.written.percent.toString()}%` : covered ? "" : text(r, c);
    // "/" and "无" in a text column say there is nothing to say.
    // numeric: a plain number a formula can compare (写入公式 and the 项目自评汇总's live scores).
    return t && !NOT_APPLICABLE.test(compact(t)) ? { value: t, cell: ref(r, c), numeric: typeof cell?.value === "number" } : undefined;
  };

  // Text columns (评分标准, 扣分原因 …) may mention 等级 in passing; a grade label is never there.
  const textColumns = new Set([header.reason, header.criteria, header.explanation, header.rule, header.target, header.actual].filter((c) => c >= 0));
  const gradeIn = (r: number): Sourced<string> | undefined => {
    for (let c = 0; c <= width; c++) {
      if (view.isCovered(r, c) || textColumns.has(c)) continue;
      const m = ROW_WORDS.grade.exec(simplifiedLayoutWord(compact(cellText(view.cell(r, c)))));
      if (!m) continue;
      const inline = normaliseGrade(m[2]);
      if (inline) return { value: inline, cell: ref(r, c) };
      if (m[2]) continue; // "等级评定为…": a sentence, not the label
      for (let d = c + 1; d <= width; d++) {
        if (view.isCovered(r, d)) continue;
        const t = cellText(view.cell(r, d));
        if (t) return { value: normaliseGrade(t) ?? t, cell: ref(r, d) };
      }
    }
    return undefined;
  };

  /** What a row is, from its level, 序号 and section cells. */
  const classify = (r: number, labels: string[]): RowKind => {
    const grade = gradeIn(r);
    if (grade) return { kind: "grade", grade };
    const names = labels.map((l) => simplifiedLayoutWord(compact(readIndicatorLabel(l).name)));
    // 合计 may sit in the 序号 or section column when no level column has text.
    const sideColumns = [header.seq, header.section].filter((c) => c >= 0 && !view.isCovered(r, c));
    const sideNames = labels.every((l) => !l) ? sideColumns.map((c) => simplifiedLayoutWord(compact(readIndicatorLabel(text(r, c)).name))) : [];
    const subtotalAt = names.findIndex((l) => ROW_WORDS.subtotal.test(l));
    if (subtotalAt >= 0) return { kind: "subtotal", at: subtotalAt };
    if ([...names, ...sideNames].some((l) => ROW_WORDS.total.test(l))) return { kind: "total" };
    let deepest = -1;
    for (let k = labels.length - 1; k >= 0; k--) if (labels[k]) {
      deepest = k;
      break;
    }
    if (deepest < 0) return { kind: "skip" };
    if (ROW_WORDS.note.test(compact(labels[deepest])) && !text(r, header.score)) return { kind: "skip" };
    if (names.some((l) => ROW_WORDS.bonus.test(l))) return { kind: "bonus" };
    return { kind: "indicator", deepest };
  };

  /**
   * The row's own level once unused form labels ("指标2：", "……", "/", "无") are taken off its
   * end: a row of the printed form with no numbers keeps only its real categories, or nothing.
   */
  const ownLevel = (r: number, labels: string[], path: Draft[], deepest: number): number => {
    const numbers = [header.weight, header.score, ...header.levelWeight].filter((c) => c >= 0 && !view.isCovered(r, c));
    if (numbers.some((c) => parseCellNumber(view.cell(r, c)).kind !== "empty")) return deepest;
    let k = deepest;
    while (k >= 0 && (!labels[k] || (path[k]?.label !== labels[k] && readIndicatorLabel(labels[k]).placeholder))) k--;
    return k;
  };

  /** 分值 and 得分 both marked "/" (不适用): the department says the row does not apply. */
  const isNotApplicableRow = (r: number): boolean => {
    const cols = [header.weight >= 0 ? header.weight : header.levelWeight[header.levelWeight.length - 1], header.score].filter((c) => c !== undefined && c >= 0);
    return cols.length === 2 && cols.every((c) => NOT_APPLICABLE.test(compact(text(r, c))));
  };

  const fill = (draft: Draft, r: number) => {
    if (!draft.weight && header.weight >= 0) {
      const w = number(r, header.weight, `“${draft.name || "未命名指标"}”的分值`, "missing-input");
      if (w) draft.weight = w;
    }
    const scoreCol = header.score;
    draft.scoreCell = ref(r, scoreCol);
    const raw = view.cell(r, scoreCol);
    draft.scoreSource = { cell: draft.scoreCell, numeric: typeof raw?.value === "number" };
    const s = number(r, scoreCol, `“${draft.name || "未命名指标"}”的自评得分`, "score-range");
    if (s) draft.score = s;
    const reason = sourcedText(r, header.reason);
    draft.reason = reason && !isFormInstruction(reason.value) ? reason : undefined;
    draft.reasonCell = header.reason >= 0 ? ref(r, header.reason) : undefined;
    draft.rule = sourcedText(r, header.rule);
    draft.criteria = text(r, header.criteria) || undefined;
    draft.explanation = header.explanation !== header.criteria ? text(r, header.explanation) || undefined : undefined;
    draft.target = sourcedText(r, header.target);
    draft.adjustedTarget = sourcedText(r, header.adjustedTarget);
    draft.actual = sourcedText(r, header.actual);
    draft.nature = sourcedText(r, header.nature);
    draft.measureUnit = sourcedText(r, header.measureUnit);
    draft.sign = sourcedText(r, header.sign);
  };

  const newDraft = (label: string, level: number, r: number, col: number): Draft => {
    const l = readIndicatorLabel(label);
    const draft: Draft = { name: l.name, label, level, row: r, children: [] };
    const w = l.weight ? parseNumberText(l.weight) : undefined;
    if (w?.kind === "number") draft.weight = { value: w.value, cell: ref(r, col) };
    return draft;
  };

  const roots: Draft[] = [];
  const bonus: Draft[] = [];
  const path: Draft[] = [];
  let statedTotal: Sourced<Decimal> | undefined;
  let statedGrade: Sourced<string> | undefined;
  let afterTotal = false;
  let lastRow = header.row;

  for (let r = header.row + 1; r < grid.rows.length; r++) {
    if (!grid.rows[r]) continue;
    const labels = levels.map((c) => text(r, c));
    const row = classify(r, labels);
    if (row.kind === "skip") continue;
    if (row.kind === "grade") {
      // The first 评价等级 belongs to this table; a later one to whatever follows it.
      statedGrade = statedGrade ?? row.grade;
      lastRow = r;
      continue;
    }
    if (row.kind === "subtotal") {
      const owner = subtotalOwner(view, r, levels, path, row.at, number(r, header.weight, "小计分值", "missing-input"));
      const s = number(r, header.score, "小计得分", "score-range");
      if (owner && s) owner.subtotal = s;
      lastRow = r;
      continue;
    }
    if (row.kind === "total") {
      // The first 合计/总分 closes the table; a later one belongs to another table below it.
      if (!afterTotal) {
        statedTotal = number(r, header.score, "合计得分", "score-range");
        lastRow = r;
      }
      afterTotal = true;
      continue;
    }
    if (row.kind === "bonus") {
      // The bonus item's own name is the deepest label that is not just "加分".
      const own = [...labels].reverse().find((l) => l && !ROW_WORDS.bonus.test(compact(readIndicatorLabel(l).name))) ?? labels.find((l) => l) ?? "加分";
      const draft = newDraft(own, 1, r, levels[0]);
      fill(draft, r);
      bonus.push(draft);
      lastRow = r;
      continue;
    }
    // A 加分 row may come after 合计; other rows after 合计 (signatures, notes) are not indicators.
    if (afterTotal) continue;
    if (isNotApplicableRow(r)) continue;
    const deepest = ownLevel(r, labels, path, row.deepest);
    if (deepest < 0) continue;

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
      // The same label again is the same block, except in the row's own column, where it is a
      // new indicator unless merged ("指标2：" rows end before their own column: still the block).
      const same = existing && existing.label === label && (k < row.deepest || view.isCovered(r, levels[k]));
      if (same) {
        parent = existing;
        if (k === deepest) node = existing;
        continue;
      }
      const draft = newDraft(label, k + 1, r, levels[k]);
      (parent ? parent.children : roots).push(draft);
      path.length = k;
      path[k] = draft;
      parent = draft;
      if (k === deepest) node = draft;
    }
    if (!node) continue;
    // Per-level weight and score columns belong to the node of that level on this row.
    for (let k = 0; k <= deepest; k++) {
      const target = path[k];
      if (!target) continue;
      const wc = header.levelWeight[k];
      if (wc >= 0 && !target.weight) target.weight = number(r, wc, `“${target.name}”的分值`, "missing-input");
      const sc = header.levelScore[k];
      if (sc >= 0 && target !== node && !target.score && target.row === r) target.score = number(r, sc, `“${target.name}”的得分`, "score-range");
    }
    if (node.row === r) fill(node, r);
    lastRow = r;
  }

  const kept = withoutUnusedFormRows(roots, levels.length);
  nameUnnamed(kept, problems, name, levels);
  return { tree: kept.map(freeze), bonus: bonus.map(freeze), statedTotal, statedGrade, problems, lastRow };
}

/**
 * A category of the printed form left without indicators ("经济效益指标" with no 三级 row, no
 * 分值 and no 得分) is not an indicator: the department had nothing to put there.
 */
function withoutUnusedFormRows(nodes: Draft[], depth: number): Draft[] {
  return nodes.filter((n) => {
    n.children = withoutUnusedFormRows(n.children, depth);
    const empty = !n.weight && !n.score && !n.reason && !n.target && !n.actual && !n.subtotal;
    return !(n.children.length === 0 && n.level < depth && empty);
  });
}

/** Weight-only labels ("(50分)") take the name their children imply, or are reported unnamed. */
function nameUnnamed(nodes: Draft[], problems: InputProblem[], sheet: string, levels: readonly number[]): void {
  for (const n of nodes) {
    nameUnnamed(n.children, problems, sheet, levels);
    if (n.name) continue;
    const implied = impliedParentName(n.children.map((c) => c.name));
    if (implied) n.name = implied;
    else {
      n.name = `未命名指标（第${n.row + 1}行）`;
      problems.push({
        cell: cellRef(sheet, n.row, levels[n.level - 1] ?? 0),
        what: "指标名称",
        reason: `第${n.row + 1}行的指标只写了分值，没有名称`,
        check: "missing-input",
      });
    }
  }
}

function freeze(d: Draft): IndicatorInput {
  return {
    name: d.name,
    level: d.level,
    row: d.row,
    weight: d.weight,
    score: d.score,
    scoreCell: d.scoreCell,
    scoreSource: d.scoreSource,
    reason: d.reason,
    reasonCell: d.reasonCell,
    criteria: d.criteria,
    explanation: d.explanation,
    rule: d.rule,
    subtotal: d.subtotal,
    target: d.target,
    adjustedTarget: d.adjustedTarget,
    actual: d.actual,
    nature: d.nature,
    measureUnit: d.measureUnit,
    sign: d.sign,
    children: d.children.map(freeze),
  };
}
