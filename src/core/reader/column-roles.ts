/**
 * Column roles from whole label paths. The deepest label says what a column holds (名称, 权重,
 * 得分 …); a level word anywhere on the path says which level it belongs to, so "一级指标 /
 * 权重(%)" is the 一级 weight and the same "权重(%)" under "三级指标" is the 三级 weight.
 */
import type { ColumnPath } from "./header-band";
import { headerKey, levelOf, roleOfWord, type ColumnRole } from "./header-words";
import { SCORE_COLUMN_TITLE } from "../plan/score-column";
import { compact } from "../values/text";

/** Where each kind of column is; -1 when the table has none. */
export interface ColumnRoles {
  /** Indicator name columns, outermost level first (in column order). */
  readonly level: readonly number[];
  /** Per-level weight and stated-score columns, aligned with `level` (-1: none). */
  readonly levelWeight: readonly number[];
  readonly levelScore: readonly number[];
  readonly weight: number;
  readonly score: number;
  readonly reason: number;
  readonly criteria: number;
  readonly explanation: number;
  readonly rule: number;
  readonly seq: number;
  readonly target: number;
  readonly adjustedTarget: number;
  readonly actual: number;
  readonly nature: number;
  readonly measureUnit: number;
  readonly sign: number;
  readonly section: number;
  /** The rightmost column with a header. */
  readonly lastColumn: number;
  /** How many columns got a role: candidates with more are better readings. */
  readonly recognised: number;
  /** Header texts that got no role, for "did you mean" messages. */
  readonly unknown: readonly { readonly col: number; readonly text: string }[];
}

type Single = Exclude<ColumnRole, "name">;

export function assignColumnRoles(paths: readonly ColumnPath[]): ColumnRoles {
  const levelName = new Map<number, number>();
  const levelWeight = new Map<number, number>();
  const levelScore = new Map<number, number>();
  const genericNames: number[] = [];
  const single = new Map<Single, number>();
  const weak = new Map<Single, number>();
  const unknown: { col: number; text: string }[] = [];
  let recognised = 0;
  let lastColumn = -1;

  const pathsByCol = new Map(paths.map((p) => [p.col, p.labels[p.labels.length - 1]]));
  for (const { col, labels } of paths) {
    // The 计算得分 column 写入公式 added beside a project table is not part of the table.
    if (labels.some((l) => compact(l) === compact(SCORE_COLUMN_TITLE))) continue;
    lastColumn = Math.max(lastColumn, col);
    const keys = labels.map(headerKey);
    // The innermost level word on the path says the level; the deepest word with a role says
    // what the column holds: "一级指标 / 权重(%)" and "分值 / 一级" are both the 一级 weight.
    let level: number | undefined;
    for (const k of keys) {
      const l = levelOf(k);
      if (l) level = l.level;
    }
    let word: ReturnType<typeof roleOfWord>;
    for (let i = keys.length - 1; i >= 0 && !word; i--) {
      const l = levelOf(keys[i]);
      word = l ? (l.rest ? roleOfWord(l.rest) : undefined) : roleOfWord(keys[i]);
    }
    const deepest = keys[keys.length - 1];
    let taken = false;
    if (!word && level !== undefined) {
      // "一级指标" itself (or "一级指标名称"): the level's name column.
      taken = setOnce(levelName, level, col);
    } else if (word?.role === "name") {
      if (level !== undefined) taken = setOnce(levelName, level, col);
      else {
        genericNames.push(col);
        taken = true;
      }
    } else if (word?.role === "weight" && level !== undefined) {
      taken = setOnce(levelWeight, level, col);
    } else if (word?.role === "score" && level !== undefined) {
      taken = setOnce(levelScore, level, col);
    } else if (word?.role === "score" && single.has("score") && /自评/.test(deepest) && !/自评/.test(headerKey(pathsByCol.get(single.get("score")!) ?? ""))) {
      // "评价得分 | 自评得分": the department's own score is the one it files.
      single.set("score", col);
      taken = true;
    } else if (word) {
      const into = word.weak ? weak : single;
      taken = setOnce(into, word.role as Single, col);
    }
    if (taken) recognised++;
    else unknown.push({ col, text: labels[labels.length - 1] });
  }

  // A generic 指标名称 column is the level below the named ones ("一级 | 二级 | 指标名称").
  const named = [...levelName.keys()];
  let next = named.length ? Math.max(...named) + 1 : 0;
  for (const col of genericNames) {
    if ([...levelName.values()].includes(col)) continue;
    levelName.set(next++, col);
  }
  const levels = [...levelName.entries()].sort((a, b) => a[1] - b[1]);
  // A 得分 under the innermost level is the score column; outer ones state parents' scores.
  const innermost = levels.length ? levels[levels.length - 1][0] : undefined;
  if (innermost !== undefined && levelScore.has(innermost) && !single.has("score")) {
    single.set("score", levelScore.get(innermost)!);
    levelScore.delete(innermost);
  }
  if (innermost !== undefined && levelWeight.has(innermost) && !single.has("weight") && levels.length === 1) {
    single.set("weight", levelWeight.get(innermost)!);
    levelWeight.delete(innermost);
  }
  const pick = (role: Single) => single.get(role) ?? weak.get(role) ?? -1;
  return {
    level: levels.map(([, col]) => col),
    levelWeight: levels.map(([l]) => levelWeight.get(l) ?? -1),
    levelScore: levels.map(([l]) => levelScore.get(l) ?? -1),
    weight: pick("weight"),
    score: pick("score"),
    reason: pick("reason"),
    criteria: pick("criteria"),
    explanation: pick("explanation"),
    rule: pick("rule"),
    seq: pick("seq"),
    target: pick("target"),
    adjustedTarget: pick("adjustedTarget"),
    actual: pick("actual"),
    nature: pick("nature"),
    measureUnit: pick("measureUnit"),
    sign: pick("sign"),
    section: pick("section"),
    lastColumn,
    recognised,
    unknown,
  };
}

function setOnce<K>(map: Map<K, number>, key: K, col: number): boolean {
  if (map.has(key)) return false;
  map.set(key, col);
  return true;
}

/** The three columns a 评分表 cannot do without, and which of them a band lacks. */
export function missingRoles(roles: ColumnRoles): ("name" | "weight" | "score")[] {
  const missing: ("name" | "weight" | "score")[] = [];
  if (roles.level.length === 0) missing.push("name");
  if (roles.weight < 0 && roles.levelWeight.every((c) => c < 0)) missing.push("weight");
  if (roles.score < 0) missing.push("score");
  return missing;
}
