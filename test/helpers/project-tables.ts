/**
 * Writes 项目支出绩效自评表 in the national form (财预〔2020〕10号 annex) and its published
 * variants (project-table.md): the 项目资金 block with the national columns, with (A)/(B)/(B/A)
 * in its headers, as Sichuan prints it (预算执行情况(10分), 权重/得分/原因, its instruction left
 * in the 原因 cell), or as Beijing's 2016 form (年初预算数(A) and 全年执行数(B) only); a 年度资金总额
 * row printed 0 above the 其中 rows that carry the money (an Anhui town's 2022 table); the
 * 年度总体目标 block with 预期目标/实际完成情况 sub-headings, with the two texts straight beside its
 * label, or none; names with the budget system's codes ("51000021R…-", "219-", 主管部门及代码);
 * the 实际完成值 column under other words (全年实际值, 完成值); the indicator header anywhere from row 8 to row 20; 指标性质, 计算符号 and
 * 度量单位 columns or none; 一级 cells with their weight in the label or not; unused "指标N："
 * rows; a 总分 or 合计 row. A spec holds the project's figures; `expected` holds what the rules
 * give for them, worked out here from the spec's plain numbers, independently of the engine.
 */
import fc from "fast-check";
import type { CellRange, Grid, GridCell } from "../../src/core/grid/grid";

export type Comparison = "≥" | "≤" | "=";

export interface QuantIndicator {
  readonly kind: "quantity";
  readonly name: string;
  readonly comparison: Comparison;
  readonly target: number;
  readonly actual: number;
  /** "%", "个", "人次", "万元", or a compound unit ("元/平方米", "万元/公里", "m³/s", "㎡"). */
  readonly unit: string;
  readonly weight: number;
  readonly score: number;
  readonly reason?: string;
  /** The comparison in words where the target carries it: "不低于x", "控制在x以内". */
  readonly words?: boolean;
}

export interface QualIndicator {
  readonly kind: "quality";
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly band: "achieved" | "partly" | "not-achieved";
  readonly weight: number;
  readonly score: number;
  readonly reason?: string;
}

export type IndicatorSpec = QuantIndicator | QualIndicator;

export interface Level2Spec {
  readonly name: string;
  readonly rows: readonly IndicatorSpec[];
}

export interface Level1Spec {
  readonly name: string;
  readonly weight: number;
  readonly children: readonly Level2Spec[];
}

export interface ProjectSpec {
  readonly name: string;
  readonly supervisor: string;
  readonly implementer: string;
  readonly year: number;
  /** 万元, two decimals at most. */
  readonly funds: { readonly initial: number; readonly adjusted: number; readonly spend: number; readonly weight: number; readonly score: number; readonly reason?: string };
  readonly parts: readonly { readonly label: string; readonly adjusted: number; readonly spend: number }[];
  readonly goals?: { readonly expected: string; readonly actual: string };
  readonly levels: readonly Level1Spec[];
}

export interface FormVariant {
  readonly funds: "national" | "ab" | "sichuan" | "beijing";
  /** The 年度资金总额 row printed as 0 while the 其中 rows carry the money (national, ab, beijing forms with parts). */
  readonly zeroTotal: boolean;
  readonly goals: "headed" | "beside";
  /** Project and unit names carry the budget system's codes; 主管部门及代码 as the label. */
  readonly coded: boolean;
  readonly actualWord: "实际完成值" | "全年实际值" | "完成值";
  /** The form's instruction text left where no reason was written. */
  readonly instructions: boolean;
  /** The (last) indicator header row, 1-based: 8 to 20 (pushed down when the blocks above need more rows). */
  readonly headerRow: number;
  readonly nature: boolean;
  readonly sign: boolean;
  readonly unitColumn: boolean;
  readonly weightInLabel: boolean;
  readonly placeholders: boolean;
  /** Values of the sign/unit columns written as numbers (the provincial systems' export). */
  readonly numericValues: boolean;
  readonly totalWord: "总分" | "合计";
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** num/den in hundredths, 四舍五入, for non-negative integers: exact where floating point is not. */
function hundredths(num: number, den: number): number {
  return Math.floor((200 * num + den) / (2 * den)) / 100;
}

/**
 * 分值 × the share the values give (project-table.md), from the spec's whole numbers, rounded
 * half up to 2 decimals with integer arithmetic.
 */
export function expectedScore(i: IndicatorSpec): number | undefined {
  if (i.kind === "quality") return undefined;
  const { target: t, actual: a, weight: w } = i;
  if (i.comparison === "≥") return a >= t ? w : hundredths(w * Math.max(0, a), t);
  if (i.comparison === "≤") return a <= t ? w : hundredths(w * t, a);
  return a === t ? w : hundredths(w * Math.max(0, t - Math.abs(a - t)), t);
}

export function reachesTarget(i: IndicatorSpec): boolean {
  if (i.kind === "quality") return i.band === "achieved";
  return i.comparison === "≥" ? i.actual >= i.target : i.comparison === "≤" ? i.actual <= i.target : i.actual === i.target;
}

/** 分值 × min(执行数/预算数, 1), rounded as shown (the spend has 2 decimals: whole cents). */
export function expectedExecutionScore(p: ProjectSpec): number {
  const cents = Math.round(p.funds.spend * 100);
  const budgetCents = Math.round(p.funds.adjusted * 100);
  return cents >= budgetCents ? p.funds.weight : hundredths(p.funds.weight * cents, budgetCents);
}

/** 全年执行数/全年预算数 as a percentage with 2 decimals, 四舍五入, in whole cents. */
export function expectedRatePercent(p: ProjectSpec): number {
  return hundredths(Math.round(p.funds.spend * 100) * 100, Math.round(p.funds.adjusted * 100));
}

export function indicatorsOf(p: ProjectSpec): IndicatorSpec[] {
  return p.levels.flatMap((l1) => l1.children.flatMap((l2) => l2.rows));
}

/** Σ of the written scores: 预算执行率 and every indicator. */
export function writtenTotal(p: ProjectSpec): number {
  return round2(p.funds.score + indicatorsOf(p).reduce((s, i) => s + i.score, 0));
}

type Value = string | number | null;

class Sheet {
  readonly rows: Value[][] = [];
  readonly merges: CellRange[] = [];
  add(values: Value[] = []): number {
    this.rows.push(values);
    return this.rows.length - 1;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
}

function percentText(x: number): string {
  return `${(Math.round(x * 10000) / 100).toFixed(2)}%`;
}

/** Whether this form prints its 年度资金总额 as 0 above parts that carry the money. */
export function zeroTotalOf(p: ProjectSpec, v: FormVariant): boolean {
  return v.zeroTotal && p.parts.length > 0 && v.funds !== "sichuan";
}

/** The instruction Sichuan's form prints in its 原因 cell, left there when nothing is written. */
export const FUNDS_INSTRUCTION = "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因";
const ROW_INSTRUCTION = "对照年度指标值说明偏差原因（100字以内）";

function fundsBlock(s: Sheet, p: ProjectSpec, v: FormVariant): void {
  const f = p.funds;
  const rate = percentText(f.spend / f.adjusted);
  const zero = zeroTotalOf(p, v);
  if (v.funds === "sichuan") {
    const top = s.add([`预算执行情况(${f.weight}分)`, "年度预算数(万元)"]);
    s.merge(top, 1, top, 8);
    s.add([null, null, "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]);
    s.add([null, "总额", f.initial, f.adjusted, f.spend, rate, f.weight, f.score, f.reason ?? (v.instructions ? FUNDS_INSTRUCTION : null)]);
    for (const part of p.parts) s.add([null, `${part === p.parts[0] ? "其中：" : ""}${part.label}`, null, part.adjusted, part.spend, percentText(part.spend / part.adjusted), "/", "/"]);
    s.merge(top, 0, s.rows.length - 1, 0);
    return;
  }
  if (v.funds === "beijing") {
    // Only the budget the rate divides by, printed as 年初预算数(A).
    const top = s.add(["项目资金（万元）", null, "年初预算数(A)", "全年执行数(B)", `分值(${f.weight}分)`, "执行率(B/A)", "得分", "得分计算方法"]);
    s.merge(top, 0, top, 1);
    s.add([null, "年度资金总额：", zero ? 0 : f.adjusted, zero ? 0 : f.spend, f.weight, rate, f.score, "执行率*该指标分值，最高不得超过分值上限。"]);
    for (const part of p.parts) s.add([null, `${part === p.parts[0] ? "其中：" : ""}${part.label}`, part.adjusted, part.spend]);
    s.merge(top + 1, 0, s.rows.length - 1, 0);
    return;
  }
  const ab = v.funds === "ab";
  const top = s.add(["项目资金（万元）", null, "年初预算数", ab ? "全年预算数(A)" : "全年预算数", ab ? "全年执行数(B)" : "全年执行数", "分值", ab ? "执行率(B/A)" : "执行率", "得分"]);
  s.merge(top, 0, top, 1);
  s.add([null, "年度资金总额：", zero ? 0 : f.initial, zero ? 0 : f.adjusted, zero ? 0 : f.spend, f.weight, rate, f.score]);
  for (const part of p.parts) s.add([null, `${part === p.parts[0] ? "其中：" : ""}${part.label}`, null, part.adjusted, part.spend, "—", null, "—"]);
  s.merge(top + 1, 0, s.rows.length - 1, 0);
}

interface Cols {
  l1: number;
  l2: number;
  l3: number;
  nature: number;
  sign: number;
  target: number;
  actual: number;
  unit: number;
  weight: number;
  score: number;
  reason: number;
  width: number;
}

function columns(v: FormVariant): Cols {
  let c = 1;
  const cols = { l1: c++, l2: c++, l3: c++ } as Cols;
  cols.nature = v.nature ? c++ : -1;
  cols.sign = v.sign ? c++ : -1;
  cols.target = c++;
  cols.actual = c++;
  cols.unit = v.unitColumn ? c++ : -1;
  cols.weight = c++;
  cols.score = c++;
  cols.reason = c++;
  cols.width = c;
  return cols;
}

/** The row's 年度指标值 and 实际完成值 cells as this variant writes them. */
function valueCells(i: IndicatorSpec, v: FormVariant): { target: Value; actual: Value; sign: Value; unit: Value; nature: Value } {
  if (i.kind === "quality") return { target: i.target, actual: i.actual, sign: v.sign ? "定性" : null, unit: null, nature: "定性" };
  // 正向/反向 as the national form says it; an 等于 target carries its sign there (the Sichuan form).
  const nature = i.comparison === "≤" ? "反向" : i.comparison === "=" ? "=" : "正向";
  const bare = v.sign && v.unitColumn;
  if (bare) {
    // The provincial systems' export: a sign, a bare number and a unit, each in its own column.
    const num = (x: number) => (v.numericValues ? x : String(x));
    return { target: num(i.target), actual: num(i.actual), sign: i.comparison, unit: i.unit, nature };
  }
  const written = i.words && i.comparison !== "=" ? (i.comparison === "≥" ? `不低于${i.target}${i.unit}` : `控制在${i.target}${i.unit}以内`) : `${i.comparison}${i.target}${i.unit}`;
  const target = v.sign ? `${i.target}${i.unit}` : written;
  return { target, actual: `${i.actual}${i.unit}`, sign: v.sign ? i.comparison : null, unit: v.unitColumn ? i.unit : null, nature };
}

/** The whole sheet of one project. */
export function projectGrid(p: ProjectSpec, v: FormVariant, sheetName = "项目支出绩效自评表"): Grid {
  const s = new Sheet();
  const cols = columns(v);
  const last = cols.width - 1;
  // The heading block and the blocks above the table, then blank rows down to the header row.
  const heading: Value[][] = v.coded
    ? [["项目支出绩效自评表"], [`（${p.year}年度）`], ["项目名称", `51000021R${p.year}00019951-${p.name}`], ["主管部门及代码", `219-${p.supervisor}`, null, null, "实施单位", `219001-${p.implementer}`]]
    : [["项目支出绩效自评表"], [`（${p.year}年度）`], ["项目名称", p.name], ["主管部门", p.supervisor, null, null, "实施单位", p.implementer]];
  for (const r of heading) s.add(r);
  s.merge(0, 0, 0, last);
  s.merge(1, 0, 1, last);
  s.merge(2, 1, 2, last);
  const goals = p.goals ? (v.goals === "beside" ? 1 : 2) : 0;
  const fundsRows = (v.funds === "sichuan" ? 3 : 2) + p.parts.length;
  const blank = Math.max(0, v.headerRow - 1 - (heading.length + fundsRows + goals));
  for (let k = 0; k < blank; k++) s.add([]);
  fundsBlock(s, p, v);
  if (p.goals && v.goals === "beside") {
    const g = s.add(["年度总体目标", p.goals.expected, null, null, p.goals.actual]);
    s.merge(g, 1, g, 3);
    s.merge(g, 4, g, last);
  } else if (p.goals) {
    const g = s.add(["年度总体目标", "预期目标", null, null, "实际完成情况"]);
    s.add([null, p.goals.expected, null, null, p.goals.actual]);
    s.merge(g, 0, g + 1, 0);
    s.merge(g, 1, g, 3);
    s.merge(g + 1, 1, g + 1, 3);
    s.merge(g, 4, g, last);
    s.merge(g + 1, 4, g + 1, last);
  }
  const header: Value[] = [v.funds === "sichuan" ? `绩效指标(${p.levels.reduce((a, l) => a + l.weight, 0)}分)` : "绩效指标"];
  header[cols.l1] = "一级指标";
  header[cols.l2] = "二级指标";
  header[cols.l3] = "三级指标";
  if (cols.nature >= 0) header[cols.nature] = "指标性质";
  if (cols.sign >= 0) header[cols.sign] = "计算符号";
  header[cols.target] = v.sign ? "指标值" : "年度指标值";
  header[cols.actual] = v.actualWord;
  if (cols.unit >= 0) header[cols.unit] = "度量单位";
  header[cols.weight] = "分值";
  header[cols.score] = "得分";
  header[cols.reason] = "偏差原因分析及改进措施";
  const headerAt = s.add(header);
  for (const l1 of p.levels) {
    const l1Top = s.rows.length;
    for (const l2 of l1.children) {
      const l2Top = s.rows.length;
      l2.rows.forEach((i, k) => {
        const row: Value[] = [];
        if (l2Top === l1Top && k === 0) row[cols.l1] = v.weightInLabel ? `${l1.name}\n(${l1.weight}分)` : l1.name;
        if (k === 0) row[cols.l2] = l2.name;
        row[cols.l3] = `指标${k + 1}：${i.name}`;
        const cells = valueCells(i, v);
        if (cols.nature >= 0) row[cols.nature] = cells.nature;
        if (cols.sign >= 0) row[cols.sign] = cells.sign;
        row[cols.target] = cells.target;
        row[cols.actual] = cells.actual;
        if (cols.unit >= 0) row[cols.unit] = cells.unit;
        row[cols.weight] = i.weight;
        row[cols.score] = i.score;
        row[cols.reason] = i.reason ?? (v.instructions ? ROW_INSTRUCTION : null);
        s.add(row);
      });
      if (v.placeholders) {
        const row: Value[] = [];
        row[cols.l3] = `指标${l2.rows.length + 1}：`;
        s.add(row);
      }
      s.merge(l2Top, cols.l2, s.rows.length - 1, cols.l2);
    }
    s.merge(l1Top, cols.l1, s.rows.length - 1, cols.l1);
  }
  s.merge(headerAt + 1, 0, s.rows.length - 1, 0);
  const total: Value[] = [v.totalWord];
  total[cols.weight] = round2(p.funds.weight + p.levels.reduce((a, l) => a + l.weight, 0));
  total[cols.score] = writtenTotal(p);
  s.add(total);
  s.add(["评价结论", "项目按计划实施，完成年度绩效目标。"]);
  return {
    name: sheetName,
    merges: s.merges,
    rows: s.rows.map((r) => r.map((x): GridCell | undefined => (x === null || x === undefined ? undefined : { value: x }))),
  };
}

// ---- arbitraries ------------------------------------------------------------------------------

const LEVEL2: Record<string, readonly string[]> = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
};
const POSITIVE_NAMES = ["培训人次", "设备配置数量", "验收合格率", "资金拨付及时率", "受益群众覆盖率", "服务对象满意度", "档案归档完整率", "项目完成率", "宣传活动场次", "巡查次数", "新增就业人数", "系统运行稳定率"];
/** Names of indicators where less is better (a ≤ target). */
const NEGATIVE_NAMES = ["项目成本", "单位造价成本", "投诉发生率"];
const QUALITY_TARGETS = ["效果明显", "按时完成", "有效提升", "符合相关规定"];
const QUALITY_ACTUALS: Record<QualIndicator["band"], readonly string[]> = { achieved: ["达成预期指标", "效果明显", "按时完成"], partly: ["部分达成", "基本完成"], "not-achieved": ["未达成", "未完成"] };
const BAND_SHARE: Record<QualIndicator["band"], number> = { achieved: 0.9, partly: 0.7, "not-achieved": 0.5 };

/** n positive integers adding up to total (each at least 1). */
const splitArb = (total: number, n: number) =>
  fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }).map((xs) => {
    const sum = xs.reduce((a, b) => a + b, 0);
    const parts = xs.map((x) => Math.max(1, Math.floor((x / sum) * total)));
    parts[parts.length - 1] += total - parts.reduce((a, b) => a + b, 0);
    if (parts[parts.length - 1] < 1) return Array.from({ length: n }, (_, i) => (i < total % n ? Math.ceil(total / n) : Math.floor(total / n)));
    return parts;
  });

/** Units as the forms write them: plain, money, and per-unit ("per" parts of several characters). */
export const UNITS = ["%", "个", "人次", "万元", "元/平方米", "万元/公里", "元/人·天", "吨/日", "次/年", "万元/个", "m³/s", "㎡"] as const;

/** How the department scored a row: the rules' score, full marks anyway, or a point less. */
const scoringArb = fc.constantFrom<"rule" | "full" | "less">("rule", "rule", "full", "less");

/** A row before it is named: its figures, how it was scored, and whether a reason was written. */
type Unnamed = (Omit<QuantIndicator, "name" | "reason"> | Omit<QualIndicator, "name" | "reason">) & { readonly wantsReason: boolean };

function quantArb(weight: number): fc.Arbitrary<Unnamed> {
  return fc
    .record({
      comparison: fc.constantFrom<Comparison>("≥", "≥", "≤", "="),
      unit: fc.constantFrom(...UNITS),
      target: fc.integer({ min: 1, max: 100 }),
      actual: fc.integer({ min: 0, max: 130 }),
      scoring: scoringArb,
      wantsReason: fc.boolean(),
      words: fc.boolean(),
    })
    .map(({ comparison, unit, target, actual, scoring, wantsReason, words }) => {
      const rule = expectedScore({ kind: "quantity", name: "", comparison, target, actual, unit, weight, score: 0 })!;
      const score = scoring === "rule" ? rule : scoring === "full" ? weight : Math.max(0, round2(rule - 1));
      return { kind: "quantity" as const, comparison, target, actual, unit, weight, score, wantsReason, words };
    });
}

function qualArb(weight: number): fc.Arbitrary<Unnamed> {
  return fc
    .record({ band: fc.constantFrom<QualIndicator["band"]>("achieved", "achieved", "partly", "not-achieved"), target: fc.constantFrom(...QUALITY_TARGETS), pick: fc.nat(), wantsReason: fc.boolean() })
    .map(({ band, target, pick, wantsReason }) => ({
      kind: "quality" as const,
      target,
      actual: QUALITY_ACTUALS[band][pick % QUALITY_ACTUALS[band].length],
      band,
      weight,
      score: round2(weight * BAND_SHARE[band]),
      wantsReason,
    }));
}

const rowArb = (w: number) => fc.oneof({ weight: 3, arbitrary: quantArb(w) }, { weight: 2, arbitrary: qualArb(w) });

/** A 一级 with 1–4 二级 (as many as its kind has), each with 1–3 rows whose weights add up to its own. */
function level1Arb(name: string, weight: number): fc.Arbitrary<{ name: string; weight: number; children: { name: string; rows: Unnamed[] }[] }> {
  const l2Names = LEVEL2[name];
  return fc
    .integer({ min: 1, max: Math.min(l2Names.length, Math.max(1, Math.floor(weight / 2))) })
    .chain((n2) => splitArb(weight, n2))
    .chain((weights) =>
      fc.tuple(...weights.map((w) => fc.integer({ min: 1, max: Math.min(3, w) }).chain((rows) => splitArb(w, rows).chain((ws) => fc.tuple(...ws.map(rowArb)))))),
    )
    .map((children) => ({ name, weight, children: children.map((rows, k) => ({ name: l2Names[k], rows })) }));
}

const SUFFIXES = ["", "一期", "二期", "三期"];

/** Names the rows in table order, each once in the table (the report names every indicator). */
function named(levels: ReturnType<typeof level1Arb> extends fc.Arbitrary<infer T> ? T[] : never, seed: number): Level1Spec[] {
  let k = 0;
  return levels.map((l1) => ({
    ...l1,
    children: l1.children.map((l2) => ({
      ...l2,
      rows: l2.rows.map(({ wantsReason, ...row }): IndicatorSpec => {
        const n = k++;
        const list = row.kind === "quantity" && row.comparison === "≤" ? NEGATIVE_NAMES : POSITIVE_NAMES;
        const base = `${list[(seed + n) % list.length]}${SUFFIXES[Math.floor(n / POSITIVE_NAMES.length) % SUFFIXES.length]}${list === NEGATIVE_NAMES && n >= NEGATIVE_NAMES.length ? `之${POSITIVE_NAMES[n % POSITIVE_NAMES.length].slice(0, 2)}` : ""}`;
        const name = row.kind === "quality" ? `${base}情况` : base;
        const reason = row.score < row.weight && wantsReason ? `${name}未完全达到预期，下一步加强管理` : undefined;
        return { ...row, name, reason } as IndicatorSpec;
      }),
    })),
  }));
}

export const projectSpecArb: fc.Arbitrary<ProjectSpec> = fc
  .record({
    seed: fc.nat({ max: 11 }),
    name: fc.constantFrom("农村公路养护项目", "基层医疗设备购置", "职业技能培训补贴项目", "老旧小区改造工程", "智慧政务平台运维"),
    supervisor: fc.constantFrom("某市交通运输局", "某县卫生健康委员会", "某区人力资源和社会保障局"),
    sameUnit: fc.boolean(),
    year: fc.integer({ min: 2019, max: 2025 }),
    adjusted: fc.integer({ min: 10, max: 5000 }),
    spendShare: fc.integer({ min: 40, max: 110 }),
    initialShare: fc.integer({ min: 60, max: 100 }),
    parts: fc.integer({ min: 0, max: 3 }),
    goals: fc.boolean(),
    weights: fc.constantFrom([50, 30, 10], [50, 30, 10], [60, 20, 10], [40, 40, 10]),
    fundsScoring: scoringArb,
  })
  .chain((r) =>
    fc.tuple(level1Arb("产出指标", r.weights[0]), level1Arb("效益指标", r.weights[1]), level1Arb("满意度指标", r.weights[2])).map((levels): ProjectSpec => {
      const spend = round2((r.adjusted * r.spendShare) / 100);
      const funds = { initial: round2((r.adjusted * r.initialShare) / 100), adjusted: r.adjusted, spend, weight: 10, score: 0 };
      const rule = expectedExecutionScore({ funds } as ProjectSpec);
      const score = r.fundsScoring === "full" ? 10 : r.fundsScoring === "less" ? Math.max(0, round2(rule - 1)) : rule;
      const labels = ["当年财政拨款", "上年结转资金", "其他资金"].slice(0, r.parts);
      // The parts add up to the total: the first takes what the others leave.
      const parts = labels.map((label, k) => ({ label, adjusted: k === 0 ? r.adjusted - (r.parts - 1) : 1, spend: k === 0 ? round2(spend - (r.parts - 1)) : 1 }));
      return {
        name: r.name,
        supervisor: r.supervisor,
        implementer: r.sameUnit ? r.supervisor : `${r.supervisor.slice(0, 2)}某某中心`,
        year: r.year,
        funds: { ...funds, score, reason: score < 10 ? "部分资金年底前未完成支付" : undefined },
        parts,
        goals: r.goals ? { expected: `完成${r.name}年度建设任务，提升服务水平。`, actual: "年度目标基本完成。" } : undefined,
        levels: named(levels, r.seed),
      };
    }),
  );

export const formVariantArb: fc.Arbitrary<FormVariant> = fc.record({
  funds: fc.constantFrom<FormVariant["funds"]>("national", "ab", "sichuan", "beijing"),
  zeroTotal: fc.boolean(),
  goals: fc.constantFrom<FormVariant["goals"]>("headed", "beside"),
  coded: fc.boolean(),
  actualWord: fc.constantFrom<FormVariant["actualWord"]>("实际完成值", "全年实际值", "完成值"),
  instructions: fc.boolean(),
  headerRow: fc.integer({ min: 8, max: 20 }),
  nature: fc.boolean(),
  sign: fc.boolean(),
  unitColumn: fc.boolean(),
  weightInLabel: fc.boolean(),
  placeholders: fc.boolean(),
  numericValues: fc.boolean(),
  totalWord: fc.constantFrom<FormVariant["totalWord"]>("总分", "合计"),
});
