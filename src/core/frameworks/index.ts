/** The built-in frameworks and detection of the framework from a tree's 一级 names. */
import { labelKey } from "../values/text";
import type { Framework, FrameworkNode } from "./framework";
import { gd2020 } from "./gd-2020";
import { gd2023 } from "./gd-2023";

export type { Framework, FrameworkId, FrameworkNode } from "./framework";

export const FRAMEWORKS: readonly Framework[] = [gd2020, gd2023];

export function frameworkById(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}

/**
 * The framework whose 一级 names the tree uses: all of a framework's 一级 must be present
 * and make up most of the tree's 一级. Anything else is "custom" and still fully evaluated.
 */
export function detectFramework(level1Names: readonly string[]): Framework | undefined {
  const names = new Set(level1Names.map(labelKey));
  let best: Framework | undefined;
  for (const f of FRAMEWORKS) {
    const wanted = f.tree.map((n) => labelKey(n.name));
    const found = wanted.filter((n) => names.has(n)).length;
    if (found === wanted.length && found * 2 > names.size) best = f;
  }
  return best;
}

/** Default rule of a leaf, by the framework's 三级 (or 二级 leaf) name. */
export function defaultRuleFor(framework: Framework | undefined, path: readonly string[]): string | undefined {
  if (!framework) return undefined;
  const leafName = labelKey(path[path.length - 1]);
  const walk = (nodes: readonly FrameworkNode[]): string | undefined => {
    for (const n of nodes) {
      if (!n.children && labelKey(n.name) === leafName) return n.rule;
      if (n.children) {
        const r = walk(n.children);
        if (r) return r;
      }
    }
    return undefined;
  };
  return walk(framework.tree);
}
