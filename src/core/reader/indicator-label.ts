/**
 * An indicator label as printed → its name and weight. Printed forms break labels over lines
 * and space out short names to fill a cell ("投 入\n(15分)", "财政供养人员\n控制率"), put the
 * weight in brackets ("预算编制（20分）", "效率性11分"), number the rows ("指标1：…") and leave
 * unused rows of the form blank but for their numbering ("指标2：", "……").
 */
import { toHalfWidth } from "../values/text";
import { INDICATOR_PREFIX, ROW_WORDS } from "./header-words";

export interface IndicatorLabel {
  /** The name without layout spaces, line breaks, numbering or weight; "" when only a weight was printed. */
  readonly name: string;
  /** The weight written in the label, as text ("15", "2.5"). */
  readonly weight?: string;
  /** An unused row of the printed form: not an indicator. */
  readonly placeholder: boolean;
}

const CJK = "\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’";
/** Spaces and line breaks between two CJK characters are layout, not part of the name. */
const LAYOUT_SPACE = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, "g");
const WEIGHT = /^(.*?)\s*[([]?\s*(\d+(?:\.\d+)?)\s*分\s*[)\]]?$/;

export function readIndicatorLabel(label: string): IndicatorLabel {
  let t = toHalfWidth(label).replace(LAYOUT_SPACE, "").replace(/\s+/g, " ").trim();
  if (!t) return { name: "", placeholder: true };
  const numbered = INDICATOR_PREFIX.test(t);
  t = t.replace(INDICATOR_PREFIX, "").trim();
  let weight: string | undefined;
  const m = WEIGHT.exec(t);
  // "扣2分" / "得5分" end in 分 but are not weights.
  if (m && !/[扣得减加]$/.test(m[1])) {
    t = m[1].trim();
    weight = m[2];
  }
  t = t.replace(LAYOUT_SPACE, "");
  const placeholder = !weight && (t === "" ? numbered : ROW_WORDS.placeholder.test(t));
  return { name: t, weight, placeholder };
}
