/**
 * The 预算执行率 of a project table's funds block (project-table.md, "Weights and scoring"): its
 * name in the tree and the report, and its rule: 分值 × 执行率, at most the 分值, where 执行率 =
 * 全年执行数 / 全年预算数 — the engine's 预算完成率 (budget_completion_rate). A module of its own
 * so that the JX functions do not carry the reader.
 */
export const FUNDS_INDICATOR_NAME = "预算执行率";
export const FUNDS_INDICATOR_RULE = "按比例 预算完成率";
