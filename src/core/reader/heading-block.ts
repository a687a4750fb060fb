/**
 * The lines above a 评分表's header: the title, the department ("单位名称：X", "部门名称 | X",
 * "填报单位（盖章）：X"), the year ("评价年度 | 2023", "（2023年度）" in the title) and a stated
 * total or grade printed in the heading ("自评总分(分) | 97.6"). A title that merely starts with
 * 部门 or 单位 ("部门整体绩效自评表") names no department.
 */
import type { Decimal } from "../decimal";
import { cellRef } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { MergedView } from "../grid/merged";
import type { Sourced } from "../input";
import { cellText, parseCellNumber } from "../values/parse";
import { simplifiedLayoutWord } from "../values/simplified";
import { compact } from "../values/text";
import { findUnit } from "../values/units";
import { normaliseGrade } from "./grade-words";

export interface HeadingBlock {
  readonly title?: Sourced<string>;
  readonly department?: Sourced<string>;
  /** A project table's 项目名称, 主管部门 and 实施单位. */
  readonly projectName?: Sourced<string>;
  readonly supervisor?: Sourced<string>;
  readonly implementer?: Sourced<string>;
  readonly year?: Sourced<number>;
  readonly statedTotal?: Sourced<Decimal>;
  readonly statedGrade?: Sourced<string>;
}

/** Labels whose value names the department; the label may end in ：and carry the value. */
const DEPARTMENT = /^(部门\(单位\)名称|部门(?:单位)?名称|单位名称|预算单位名称|评价单位|被评价单位|预算单位|填报单位|填报单位\(盖章\)|单位\(盖章\)|部门\(盖章\)|实施单位|实施单位\(盖章\)|主管部门|部门|单位)(?:[:：](.*))?$/;
const YEAR = /^(评价年度|年度|自评年度|所属年度|预算年度)(?:[:：](.*))?$/;
const PROJECT = /^(项目名称|项目全称)(?:[:：](.*))?$/;
const SUPERVISOR = /^(主管部门|主管单位|主管部门\(单位\)|主管部门及代码|主管部门\(代码\)|主管部门名称)(?:[:：](.*))?$/;
const IMPLEMENTER = /^(实施单位|实施单位\(盖章\)|项目实施单位|执行单位|实施单位及代码|实施单位名称)(?:[:：](.*))?$/;
const TOTAL = /^(自评总分|总分|自评得分|综合得分|评价得分|自评分数)(?:[:：](.*))?$/;
const GRADE = /^(评价等级|绩效等级|自评等级|自评结果)(?:[:：](.*))?$/;
const TITLE = /(绩效|自评|评价|评分).*表|表$/;
/** Another label on the same line: the cell before it had no value. */
const OTHER_LABEL = /^(财政处室|部门联系人|联系人|联系电话|项目名称|项目负责人|填报日期|填报人|金额单位|预算编码|实施单位|主管部门|.*[:：])$/;

/** "部门" or "单位" alone takes a value only if it is not a money unit ("单位：万元"). */
function isDepartmentValue(label: string, value: string): boolean {
  const v = compact(value);
  if (!v || /^[:：]$/.test(v)) return false;
  if (findUnit(v) && v.length <= 4) return false;
  if (/^(部门|单位)$/.test(label) && /^(元|万元|千元|亿元)$/.test(v)) return false;
  return true;
}

/** "219-池州市贵池区棠溪镇人民政府": the budget unit's code is not part of its name. */
function stripCode(text: string): string {
  return text.trim().replace(/^\d{3,}\s*[-－—_]\s*/, "");
}

/**
 * "51000021R000000019951-工资性支出", "P2023-0117 农村公路养护": a project's code from the budget
 * system is not its name. A code starts with a digit or a short letter prefix and is followed by
 * a separator and the Chinese name; "2023年…" and "G107国道…" have no separator and stay whole.
 */
function stripProjectCode(text: string): string {
  const t = text.trim();
  const m = /^([A-Za-z]{0,4}\d[\dA-Za-z]*(?:[-－—_.][\dA-Za-z]+)*)[\s\-－—_:：]+(?=\d{0,4}[\u4e00-\u9fff【（(])/.exec(t);
  // At least six characters of code, and not a span of years ("2023-2025年…").
  const code = m?.[1] ?? "";
  return m && code.replace(/[^\dA-Za-z]/g, "").length >= 6 && !/^\d{4}[-－—]\d{4}$/.test(code) ? t.slice(m[0].length) : t;
}

export function readHeadingBlock(grid: Grid, view: MergedView, headerTop: number): HeadingBlock {
  const out: { -readonly [K in keyof HeadingBlock]: HeadingBlock[K] } = {};
  const ref = (r: number, c: number) => cellRef(grid.name, r, c);
  let titleDepartment: Sourced<string> | undefined;
  for (let r = 0; r < headerTop; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const width = Math.max(row.length, 1);
    const valueRight = (c: number): { text: string; col: number } | undefined => {
      for (let d = (view.mergeAt(r, c)?.right ?? c) + 1; d < Math.max(width, c + 6); d++) {
        if (view.isCovered(r, d)) continue;
        const v = cellText(view.cell(r, d));
        if (!v) continue;
        const k = compact(v).replace(/（/g, "(").replace(/）/g, ")");
        if (OTHER_LABEL.test(k) || [DEPARTMENT, YEAR, TOTAL, GRADE].some((re) => re.test(k))) return undefined;
        return { text: v, col: d };
      }
      return undefined;
    };
    for (let c = 0; c < width; c++) {
      if (view.isCovered(r, c)) continue;
      const raw = cellText(view.cell(r, c));
      if (!raw) continue;
      const t = simplifiedLayoutWord(compact(raw)).replace(/（/g, "(").replace(/）/g, ")");
      const labelled = (re: RegExp): { text: string; col: number } | undefined => {
        const m = re.exec(t.replace(/\((分|万元|元)\)(?=[:：]|$)/, ""));
        if (!m) return undefined;
        // The value as written (the label was matched in simplified characters, one for one).
        if (m[2] !== undefined && m[2] !== "") return { text: compact(raw).slice(-m[2].length), col: c };
        return valueRight(c);
      };
      if (!out.title && r < headerTop && TITLE.test(t) && t.length >= 6 && !DEPARTMENT.exec(t)?.[2]) {
        out.title = { value: compact(raw), cell: ref(r, c) };
        const y = /(20\d{2})\s*年/.exec(t);
        if (y && !out.year) out.year = { value: Number(y[1]), cell: ref(r, c) };
        // "湛江市工业和信息化局2020年度部门整体…": the department printed before the year.
        const before = y ? t.slice(0, y.index).replace(/[(（]$/, "") : "";
        if (before.length >= 2 && !/^(部门|单位)/.test(before)) titleDepartment = { value: compact(raw).slice(0, before.length), cell: ref(r, c) };
        continue;
      }
      // "（2022年度）" on a line of its own under the title.
      const standaloneYear = /^\(?(20\d{2})年度?\)?$/.exec(t);
      if (standaloneYear && !out.year) {
        out.year = { value: Number(standaloneYear[1]), cell: ref(r, c) };
        continue;
      }
      // Project tables name the project, the department above it and the unit that carried it out.
      for (const [re, key] of [[PROJECT, "projectName"], [SUPERVISOR, "supervisor"], [IMPLEMENTER, "implementer"]] as const) {
        if (!re.test(t) || out[key]) continue;
        const v = labelled(re);
        if (v && (key === "projectName" || isDepartmentValue("", v.text))) {
          // "51000021R000000019951-工资性支出": the project's code is not its name either.
          const name = key === "projectName" ? stripProjectCode(v.text) : stripCode(v.text);
          out[key] = { value: name, cell: ref(r, v.col) };
        }
      }
      const dm = DEPARTMENT.exec(t);
      if (dm && !out.department) {
        const v = labelled(DEPARTMENT);
        if (v && isDepartmentValue(dm[1], v.text)) {
          out.department = { value: stripCode(v.text), cell: ref(r, v.col) };
          continue;
        }
      }
      if (YEAR.test(t) && !out.year) {
        const v = labelled(YEAR);
        const m = v && /(\d{4})/.exec(compact(v.text));
        if (v && m) out.year = { value: Number(m[1]), cell: ref(r, v.col) };
        continue;
      }
      if (TOTAL.test(t.replace(/\((分)\)/, "")) && !out.statedTotal) {
        const v = labelled(TOTAL);
        if (v) {
          const p = parseCellNumber(v.col === c ? { value: v.text } : view.cell(r, v.col));
          if (p.kind === "number") out.statedTotal = { value: p.value, cell: ref(r, v.col), numeric: typeof view.cell(r, v.col)?.value === "number" };
        }
        continue;
      }
      if (GRADE.test(t) && !out.statedGrade) {
        const v = labelled(GRADE);
        const g = v && normaliseGrade(v.text);
        if (v && g) out.statedGrade = { value: g, cell: ref(r, v.col) };
      }
    }
  }
  if (!out.department && titleDepartment) out.department = titleDepartment;
  return out;
}
