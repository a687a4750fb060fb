/** A built-in indicator framework, as data: the template's tree, weights, 评分标准 and rules. */
import { Decimal, dec } from "../decimal";

export type FrameworkId = "gd-2020" | "gd-2023";

export interface FrameworkNode {
  readonly name: string;
  readonly weight: Decimal;
  /** 评分标准: the human text of the scoring standard. */
  readonly criteria?: string;
  /** 评分规则 in the rule syntax of rules/rule.ts; absent means manual. */
  readonly rule?: string;
  readonly children?: readonly FrameworkNode[];
}

export interface Framework {
  readonly id: FrameworkId;
  readonly title: string;
  readonly tree: readonly FrameworkNode[];
  readonly bonus: readonly { readonly name: string; readonly criteria: string }[];
  /** The narrative outline used unless the user picks another. */
  readonly defaultOutline: "湛江式" | "雷州式" | "海珠式";
}

type Leaf = string | { name: string; weight?: number; criteria?: string; rule?: string };

/**
 * 三级 rows of a 二级: weights given explicitly or split evenly in whole or half points (the
 * official 三级 weights are not public, so these are a proposal the template lets users edit).
 */
export function splitLeaves(total: number, leaves: readonly Leaf[]): FrameworkNode[] {
  const items = leaves.map((l) => (typeof l === "string" ? { name: l } : l));
  const fixed = items.reduce((s, l) => s + (l.weight ?? 0), 0);
  const open = items.filter((l) => l.weight === undefined).length;
  // Weights are whole or half points, exact in binary floating point; counting in halves
  // keeps the arithmetic in integers.
  const halves = Math.round((total - fixed) * 2);
  const base = open ? Math.floor(halves / open) : 0;
  let extra = open ? halves - base * open : 0;
  const out: FrameworkNode[] = [];
  // Extra half points go to the last rows, so the first rows keep round numbers.
  const openIndexes = items.map((l, i) => (l.weight === undefined ? i : -1)).filter((i) => i >= 0);
  const bumped = new Set(openIndexes.slice(openIndexes.length - extra));
  extra = 0;
  items.forEach((l, i) => {
    const w = l.weight ?? (base + (bumped.has(i) ? 1 : 0)) / 2;
    out.push({ name: l.name, weight: dec(w), criteria: l.criteria, rule: l.rule });
  });
  return out;
}

export function node(name: string, weight: number, children: readonly FrameworkNode[] = [], criteria?: string): FrameworkNode {
  return { name, weight: dec(weight), criteria, children: children.length ? children : undefined };
}
