/**
 * A parent printed with only its weight ("(50分)") takes the standard name its children imply:
 * 数量指标/质量指标/… sit under 产出指标 in the national project form (财预〔2020〕10号 annex),
 * and each built-in framework's 二级 under its 一级. With no such evidence the name stays empty
 * and the reader reports the row as unnamed.
 */
import { FRAMEWORKS } from "../frameworks";
import { labelKey } from "../values/text";

/** The national project form's 一级 and the 二级 under each (project-table.md §5). */
export const PROJECT_LEVELS: readonly (readonly [string, readonly string[]])[] = [
  ["产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]],
  ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
  ["满意度指标", ["服务对象满意度指标", "满意度指标"]],
];

const PARENT_OF = (() => {
  const m = new Map<string, Set<string>>();
  const add = (child: string, parent: string) => {
    const k = labelKey(child);
    if (!m.has(k)) m.set(k, new Set());
    m.get(k)!.add(parent);
  };
  for (const [parent, children] of PROJECT_LEVELS) for (const c of children) add(c, parent);
  for (const f of FRAMEWORKS) for (const one of f.tree) for (const two of one.children ?? []) add(two.name, one.name);
  return m;
})();

/** The one parent name all the named children agree on, if any. */
export function impliedParentName(childNames: readonly string[]): string | undefined {
  let agreed: Set<string> | undefined;
  for (const name of childNames) {
    const parents = PARENT_OF.get(labelKey(name));
    if (!parents) continue;
    agreed = agreed ? new Set([...agreed].filter((p) => parents.has(p))) : new Set(parents);
  }
  return agreed && agreed.size === 1 ? [...agreed][0] : undefined;
}
