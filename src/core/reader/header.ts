/**
 * The 评分表's header row: which column holds what. Synonyms per standard-workbook.md; the
 * header may be anywhere in the first 10 rows and may have a 序号 column and extra columns.
 */
import { cellText } from "../values/parse";
import { compact } from "../values/text";
import type { MergedView } from "../grid/merged";

export interface ScoringHeader {
  readonly row: number;
  readonly level: number[];
  /** One weight column for all levels, or one per level (一级分值 …). */
  readonly weight: number;
  readonly levelWeight: number[];
  readonly score: number;
  readonly reason: number;
  readonly rule: number;
  readonly criteria: number;
  readonly explanation: number;
  readonly seq: number;
  readonly lastColumn: number;
}

const LEVEL_WORDS: [RegExp, number][] = [
  [/^(一级指标|一级|一级指标名称)$/, 0],
  [/^(二级指标|二级|二级指标名称)$/, 1],
  [/^(三级指标|三级|三级指标名称|指标名称)$/, 2],
  [/^(四级指标|四级)$/, 3],
];
const LEVEL_WEIGHT: [RegExp, number][] = [
  [/^一级(指标)?(分值|权重|标准分)$/, 0],
  [/^二级(指标)?(分值|权重|标准分)$/, 1],
  [/^三级(指标)?(分值|权重|标准分)$/, 2],
  [/^四级(指标)?(分值|权重|标准分)$/, 3],
];
const WEIGHT = /^(分值|权重|标准分|满分|指标分值|分数)$/;
const SCORE = /^(自评得分|得分|评分|自评分|自评分数|自评分值|评价得分)$/;
const REASON_STRONG = /^(扣分原因|扣分说明|扣分理由|扣分情况)$/;
const REASON_WEAK = /^(说明|备注|情况说明)$/;
const RULE = /^(评分规则|计分规则)$/;
const CRITERIA = /^(评分标准|评分办法|计分方法)$/;
const EXPLANATION = /^(指标解释|指标说明|指标内涵)$/;
const SEQ = /^(序号|编号)$/;

/** Header text without spaces and without a unit in brackets: "分值（分）" → "分值". */
export function headerKey(text: string): string {
  return compact(text).replace(/[(（][^)）]*[)）]$/, "");
}

/** A row with indicator columns that lacks 分值 or 自评得分: worth naming in the message. */
export interface NearMiss {
  readonly row: number;
  readonly missing: readonly string[];
}

export function matchHeader(view: MergedView, row: number, width: number): ScoringHeader | NearMiss | undefined {
  const h = {
    level: [] as number[],
    levelWeight: [] as number[],
    weight: -1,
    score: -1,
    reason: -1,
    weakReason: -1,
    rule: -1,
    criteria: -1,
    explanation: -1,
    seq: -1,
    last: -1,
  };
  for (let c = 0; c < width; c++) {
    if (view.isCovered(row, c)) continue;
    const key = headerKey(cellText(view.cell(row, c)));
    if (!key) continue;
    h.last = c;
    const lv = LEVEL_WORDS.find(([re]) => re.test(key));
    const lw = LEVEL_WEIGHT.find(([re]) => re.test(key));
    if (lv && h.level[lv[1]] === undefined) h.level[lv[1]] = c;
    else if (lw) h.levelWeight[lw[1]] = c;
    else if (WEIGHT.test(key) && h.weight < 0) h.weight = c;
    else if (SCORE.test(key) && h.score < 0) h.score = c;
    else if (REASON_STRONG.test(key) && h.reason < 0) h.reason = c;
    else if (REASON_WEAK.test(key) && h.weakReason < 0) h.weakReason = c;
    else if (RULE.test(key)) h.rule = c;
    else if (CRITERIA.test(key)) h.criteria = c;
    else if (EXPLANATION.test(key)) h.explanation = c;
    else if (SEQ.test(key)) h.seq = c;
  }
  const levels = h.level.filter((c) => c !== undefined);
  const hasWeight = h.weight >= 0 || h.levelWeight.some((c) => c !== undefined);
  if (levels.length === 0 || !hasWeight || h.score < 0) {
    // Two of the three key columns: a 评分表 header missing one. Say which, instead of "not found".
    const present = [levels.length > 0, hasWeight, h.score >= 0].filter(Boolean).length;
    if (present === 2 && levels.length > 0) {
      return { row, missing: [!hasWeight && "分值（或权重、标准分）", h.score < 0 && "自评得分（或得分、评分）"].filter((m): m is string => !!m) };
    }
    return undefined;
  }
  // Levels in column order; a missing level (no 二级 column) is skipped.
  const level = h.level.filter((c) => c !== undefined).sort((a, b) => a - b);
  const levelWeight = h.level
    .map((c, i) => (c === undefined ? undefined : h.levelWeight[i] ?? -1))
    .filter((c): c is number => c !== undefined);
  return {
    row,
    level,
    weight: h.weight,
    levelWeight,
    score: h.score,
    reason: h.reason >= 0 ? h.reason : h.weakReason,
    rule: h.rule,
    criteria: h.criteria,
    explanation: h.explanation,
    seq: h.seq,
    lastColumn: h.last,
  };
}
