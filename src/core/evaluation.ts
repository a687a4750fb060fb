/** The result of evaluating one workbook: the scored tree, the rates and the checks. */
import type { Decimal } from "./decimal";
import type { ValueError } from "./errors";
import type { FieldKey } from "./fields";
import type { Framework, FrameworkId } from "./frameworks";
import type { CellSource, EvaluationInput, IndicatorInput, Sourced } from "./input";
import type { RateId, RateSpec } from "./rates";
import type { ParsedRule } from "./rules/rule";
import type { Check } from "./checks/check";
import type { Grade } from "./scoring/grade";
import type { TargetAssessment } from "./targets/assess";

export interface AppliedRule {
  readonly text: string;
  /** The rule cell, or undefined when the framework's default rule applies. */
  readonly cell?: string;
  readonly parsed: ParsedRule;
}

export interface EvaluatedNode {
  readonly input: IndicatorInput;
  readonly name: string;
  readonly level: number;
  readonly path: readonly string[];
  readonly isLeaf: boolean;
  /** The node's weight; for a parent without one, the sum of its children's. */
  readonly weight?: Decimal;
  /** The cell the weight was read from (absent when derived). */
  readonly weightCell?: string;
  /** A leaf's entered 自评得分. */
  readonly entered?: Sourced<Decimal>;
  /** A parent's score printed on its own row. */
  readonly stated?: Sourced<Decimal>;
  /** A parent's score printed on a 小计 row. */
  readonly subtotal?: Sourced<Decimal>;
  /** Leaf: the entered score; parent: the sum of its children's scores. */
  readonly score?: Decimal;
  /** Every leaf below has a score. */
  readonly complete: boolean;
  readonly deduction?: Decimal;
  readonly scoreRate?: Decimal;
  readonly reason?: Sourced<string>;
  readonly rule?: AppliedRule;
  /** The value of the rule's rate or field, as a fraction. */
  readonly measured?: Decimal;
  readonly suggested?: Decimal;
  /** A row with 年度指标值 and 实际完成值: its direction, whether the target is reached, its band. */
  readonly target?: TargetAssessment;
  readonly scoreCell?: string;
  readonly scoreSource?: CellSource;
  readonly children: readonly EvaluatedNode[];
}

export interface RateResult {
  readonly spec: RateSpec;
  readonly value?: Decimal;
  readonly error?: ValueError;
  /** The fields the computation used (the branch it took). */
  readonly inputs: readonly FieldKey[];
  /** The formula in words with the branch taken: "实际支出/(本年财政下达预算数+上年结转)". */
  readonly words: string;
}

export interface Evaluation {
  readonly input: EvaluationInput;
  readonly framework?: Framework;
  readonly frameworkId: FrameworkId | "custom";
  readonly tree: readonly EvaluatedNode[];
  readonly bonus: readonly EvaluatedNode[];
  readonly bonusTotal: Decimal;
  /** Σ 一级 + 加分, before the cap. Undefined when no score at all was entered. */
  readonly totalUncapped?: Decimal;
  readonly total?: Decimal;
  /** 优/良/中/差 of the total; undefined when the total is missing or incomplete (a blank score). */
  readonly grade?: Grade;
  /** Every leaf has a score. */
  readonly complete: boolean;
  readonly rates: readonly RateResult[];
  readonly rate: (id: RateId) => RateResult | undefined;
  /** Leaves that lost points, in table order. */
  readonly deductions: readonly EvaluatedNode[];
  readonly checks: readonly Check[];
}

/** Every node, depth first, in table order. */
export function* walk(nodes: readonly EvaluatedNode[]): Generator<EvaluatedNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}
