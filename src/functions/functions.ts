/**
 * The JX.* Excel custom functions: thin wrappers over the engine (src/core/jx). Synchronous,
 * pure, non-volatile, no network, no cell writes. Metadata (functions.json) is generated from
 * these JSDoc comments at build time; zh-CN descriptions and parameter names come from
 * src/core/jx/catalog.ts, the function names stay these ASCII ids in every language.
 * Rates are returned as fractions (0.9907): format the cell as a percentage.
 *
 * Every parameter is `unknown`, which the metadata declares as `any`: Excel then passes what
 * the cell holds without converting it (docs/excel/custom-functions-json-autogeneration.md,
 * "Types"), so a blank cell arrives as null where Excel allows (the web and current desktop
 * builds; older desktop builds pass 0, office-js #4702) and text such as "待定" reaches the
 * engine's gate, which answers #VALUE! with a Chinese message instead of Excel's bare #VALUE!.
 */
import { callJx, type JxArg } from "../core/jx/call";
import { unwrap } from "./errors";

const call = (id: string, ...args: unknown[]) => unwrap(callJx(id, args as JxArg[]));

/**
 * Execution rate (支出完成率): actual spending / (budget allocated this year + carry-over from last year); without an allocation, the adjusted full-year budget.
 * @customfunction EXECUTION_RATE EXECUTION_RATE
 * @helpurl https://localhost:3000/help.html#EXECUTION_RATE
 * @param spend Actual spending (实际支出).
 * @param [allocated] Budget allocated this year (本年财政下达预算数).
 * @param [carryover] Carry-over from last year (上年结转).
 * @param [adjustedBudget] Adjusted full-year budget (全年预算数), used when there is no allocation.
 * @returns The rate as a fraction; format as a percentage.
 */
export function executionRate(spend: unknown, allocated?: unknown, carryover?: unknown, adjustedBudget?: unknown): number {
  return call("EXECUTION_RATE", spend, allocated, carryover, adjustedBudget) as number;
}

/**
 * Budget completion rate (预算完成率 / 部门预算资金支出率): actual spending / full-year budget.
 * @customfunction BUDGET_COMPLETION_RATE BUDGET_COMPLETION_RATE
 * @helpurl https://localhost:3000/help.html#BUDGET_COMPLETION_RATE
 * @param spend Actual spending (实际支出).
 * @param adjustedBudget Full-year budget (全年预算数).
 * @returns The rate as a fraction; format as a percentage.
 */
export function budgetCompletionRate(spend: unknown, adjustedBudget: unknown): number {
  return call("BUDGET_COMPLETION_RATE", spend, adjustedBudget) as number;
}

/**
 * Carry-over rate (结转结余率): year-end carry-over / budget allocated this year (or the full-year budget).
 * @customfunction CARRYOVER_RATE CARRYOVER_RATE
 * @helpurl https://localhost:3000/help.html#CARRYOVER_RATE
 * @param carryEnd Year-end carry-over and balance (年末结转结余).
 * @param [allocated] Budget allocated this year (本年财政下达预算数).
 * @param [adjustedBudget] Full-year budget (全年预算数), used when there is no allocation.
 * @returns The rate as a fraction; format as a percentage.
 */
export function carryoverRate(carryEnd: unknown, allocated?: unknown, adjustedBudget?: unknown): number {
  return call("CARRYOVER_RATE", carryEnd, allocated, adjustedBudget) as number;
}

/**
 * Treasury stock-fund efficiency (国库集中支付结转结余存量资金效率性): year-end stock / last year-end stock - 1; negative means the stock was reduced.
 * @customfunction STOCK_CHANGE_RATE STOCK_CHANGE_RATE
 * @helpurl https://localhost:3000/help.html#STOCK_CHANGE_RATE
 * @param stockEnd Stock funds at this year end (本年末存量资金).
 * @param stockPriorEnd Stock funds at last year end (上年末存量资金).
 * @returns The rate as a fraction; format as a percentage.
 */
export function stockChangeRate(stockEnd: unknown, stockPriorEnd: unknown): number {
  return call("STOCK_CHANGE_RATE", stockEnd, stockPriorEnd) as number;
}

/**
 * Revenue budget variance (财政拨款收入预决算差异率): (final - budget) / budget.
 * @customfunction REVENUE_VARIANCE_RATE REVENUE_VARIANCE_RATE
 * @helpurl https://localhost:3000/help.html#REVENUE_VARIANCE_RATE
 * @param final Fiscal revenue, final accounts (财政拨款收入决算数).
 * @param budget Fiscal revenue, budget (财政拨款收入预算数).
 * @returns The rate as a fraction; format as a percentage.
 */
export function revenueVarianceRate(final: unknown, budget: unknown): number {
  return call("REVENUE_VARIANCE_RATE", final, budget) as number;
}

/**
 * Procurement execution rate (政府采购执行率): actual procurement / procurement plan.
 * @customfunction PROCUREMENT_RATE PROCUREMENT_RATE
 * @helpurl https://localhost:3000/help.html#PROCUREMENT_RATE
 * @param actual Actual procurement (实际采购金额).
 * @param plan Procurement plan (政府采购计划金额).
 * @returns The rate as a fraction; format as a percentage.
 */
export function procurementRate(actual: unknown, plan: unknown): number {
  return call("PROCUREMENT_RATE", actual, plan) as number;
}

/**
 * Fixed-asset utilisation (固定资产利用率): fixed assets in use / all fixed assets.
 * @customfunction ASSET_UTILIZATION_RATE ASSET_UTILIZATION_RATE
 * @helpurl https://localhost:3000/help.html#ASSET_UTILIZATION_RATE
 * @param inUse Fixed assets in use (在用固定资产总额).
 * @param total All fixed assets (固定资产总额).
 * @returns The rate as a fraction; format as a percentage.
 */
export function assetUtilizationRate(inUse: unknown, total: unknown): number {
  return call("ASSET_UTILIZATION_RATE", inUse, total) as number;
}

/**
 * "Three public expenses" control rate ("三公"经费控制率): actual / budget.
 * @customfunction SANGONG_CONTROL_RATE SANGONG_CONTROL_RATE
 * @helpurl https://localhost:3000/help.html#SANGONG_CONTROL_RATE
 * @param actual Actual "three public expenses" ("三公"经费实际支出).
 * @param budget Budget for them ("三公"经费预算数).
 * @returns The rate as a fraction; format as a percentage.
 */
export function sangongControlRate(actual: unknown, budget: unknown): number {
  return call("SANGONG_CONTROL_RATE", actual, budget) as number;
}

/**
 * Funds arrival rate (资金到位率): funds actually received / full-year budget.
 * @customfunction ARRIVAL_RATE ARRIVAL_RATE
 * @helpurl https://localhost:3000/help.html#ARRIVAL_RATE
 * @param arrived Funds actually received (实际到位资金).
 * @param adjustedBudget Full-year budget (全年预算数).
 * @returns The rate as a fraction; format as a percentage.
 */
export function arrivalRate(arrived: unknown, adjustedBudget: unknown): number {
  return call("ARRIVAL_RATE", arrived, adjustedBudget) as number;
}

/**
 * Fund use rate (资金使用率): actual spending / funds received.
 * @customfunction FUND_USE_RATE FUND_USE_RATE
 * @helpurl https://localhost:3000/help.html#FUND_USE_RATE
 * @param spend Actual spending (实际支出).
 * @param arrived Funds actually received (实际到位资金).
 * @returns The rate as a fraction; format as a percentage.
 */
export function fundUseRate(spend: unknown, arrived: unknown): number {
  return call("FUND_USE_RATE", spend, arrived) as number;
}

/**
 * Initial budget growth year on year (年初预算同比增长率).
 * @customfunction BUDGET_GROWTH_RATE BUDGET_GROWTH_RATE
 * @helpurl https://localhost:3000/help.html#BUDGET_GROWTH_RATE
 * @param initial Initial budget this year (年初预算数).
 * @param priorInitial Initial budget last year (上年年初预算数).
 * @returns The rate as a fraction; format as a percentage.
 */
export function budgetGrowthRate(initial: unknown, priorInitial: unknown): number {
  return call("BUDGET_GROWTH_RATE", initial, priorInitial) as number;
}

/**
 * Spending growth year on year (实际支出同比增长率).
 * @customfunction SPEND_GROWTH_RATE SPEND_GROWTH_RATE
 * @helpurl https://localhost:3000/help.html#SPEND_GROWTH_RATE
 * @param spend Actual spending this year (实际支出).
 * @param priorSpend Actual spending last year (上年实际支出).
 * @returns The rate as a fraction; format as a percentage.
 */
export function spendGrowthRate(spend: unknown, priorSpend: unknown): number {
  return call("SPEND_GROWTH_RATE", spend, priorSpend) as number;
}

/**
 * Project funds arrival rate (项目资金到位率): project funds received / project budget.
 * @customfunction PROJECT_ARRIVAL_RATE PROJECT_ARRIVAL_RATE
 * @helpurl https://localhost:3000/help.html#PROJECT_ARRIVAL_RATE
 * @param arrived Project funds received (项目资金到位数).
 * @param budget Project budget (项目预算数).
 * @returns The rate as a fraction; format as a percentage.
 */
export function projectArrivalRate(arrived: unknown, budget: unknown): number {
  return call("PROJECT_ARRIVAL_RATE", arrived, budget) as number;
}

/**
 * Staff control rate (在职人员控制率): staff in post / authorised posts.
 * @customfunction STAFF_CONTROL_RATE STAFF_CONTROL_RATE
 * @helpurl https://localhost:3000/help.html#STAFF_CONTROL_RATE
 * @param actual Staff in post (实有在职人数).
 * @param quota Authorised posts (编制人数).
 * @returns The rate as a fraction; format as a percentage.
 */
export function staffControlRate(actual: unknown, quota: unknown): number {
  return call("STAFF_CONTROL_RATE", actual, quota) as number;
}

/**
 * Key task completion (重点工作完成率): the mean of the completion rates given, read as the 基础数据表 is (98% or 0.98, and a bare 98 above 1, are 98%); select only cells with data (Excel may pass a blank cell in a range as 0).
 * @customfunction KEY_TASK_COMPLETION KEY_TASK_COMPLETION
 * @helpurl https://localhost:3000/help.html#KEY_TASK_COMPLETION
 * @param rates Completion rate of each key task (各项重点工作完成率), a range.
 * @returns The rate as a fraction; format as a percentage.
 */
export function keyTaskCompletion(rates: unknown[][]): number {
  return call("KEY_TASK_COMPLETION", rates) as number;
}

/**
 * Score rate (得分率): score / weight.
 * @customfunction SCORE_RATE SCORE_RATE
 * @helpurl https://localhost:3000/help.html#SCORE_RATE
 * @param score Score (得分).
 * @param weight Weight (分值).
 * @returns The rate as a fraction; format as a percentage.
 */
export function scoreRate(score: unknown, weight: unknown): number {
  return call("SCORE_RATE", score, weight) as number;
}

/**
 * Growth year on year (同比增长率): (current - prior) / prior.
 * @customfunction GROWTH_RATE GROWTH_RATE
 * @helpurl https://localhost:3000/help.html#GROWTH_RATE
 * @param current This year's value (本期数).
 * @param prior Last year's value (上期数).
 * @returns The rate as a fraction; format as a percentage.
 */
export function growthRate(current: unknown, prior: unknown): number {
  return call("GROWTH_RATE", current, prior) as number;
}

/**
 * Grade of a total score (评价等级), the total rounded to 2 decimals first: 优 90+, 良 80-90, 中 60-80, 差 below 60.
 * @customfunction GRADE GRADE
 * @helpurl https://localhost:3000/help.html#GRADE
 * @param score Total score (总分).
 * @returns 优, 良, 中 or 差.
 */
export function grade(score: unknown): string {
  return call("GRADE", score) as string;
}

/**
 * The score a scoring rule gives (规则得分), e.g. rule "下限 支出完成率 95% 60%".
 * @customfunction RULE_SCORE RULE_SCORE
 * @helpurl https://localhost:3000/help.html#RULE_SCORE
 * @param rule Rule text (评分规则).
 * @param weight Weight of the indicator (分值).
 * @param [rate] The rate the rule uses, as a percentage or fraction (比率).
 * @param [reason] Deduction reason text, for the deduction rule (扣分原因).
 * @returns The suggested score, rounded to 2 decimals (四舍五入).
 */
export function ruleScore(rule: unknown, weight: unknown, rate?: unknown, reason?: unknown): number {
  return call("RULE_SCORE", rule, weight, rate, reason) as number;
}

/**
 * Budget execution score of a project table (预算执行率得分): weight × min(spending / budget, 1).
 * @customfunction EXECUTION_SCORE EXECUTION_SCORE
 * @helpurl https://localhost:3000/help.html#EXECUTION_SCORE
 * @param spend Full-year spending (全年执行数).
 * @param budget Full-year budget (全年预算数), in the same unit.
 * @param weight Weight of the indicator (分值), 10 on the national form.
 * @returns The score, rounded to 2 decimals (四舍五入); #VALUE! for a negative budget or weight.
 */
export function executionScore(spend: unknown, budget: unknown, weight: unknown): number {
  return call("EXECUTION_SCORE", spend, budget, weight) as number;
}

/**
 * Score of a performance indicator from its target and result (指标得分): full marks when the target is reached, a proportional share otherwise.
 * @customfunction INDICATOR_SCORE INDICATOR_SCORE
 * @helpurl https://localhost:3000/help.html#INDICATOR_SCORE
 * @param target Annual target as written, e.g. "≥95%" (年度指标值).
 * @param actual Actual value as written, e.g. "98%" (实际完成值).
 * @param weight Weight of the indicator (分值).
 * @param [nature] Direction or comparison sign (指标性质: 正向, 反向, 等于, 定性, or ≥ ≤ =).
 * @param [unit] Unit of bare numbers (度量单位), e.g. %.
 * @returns The score, rounded to 2 decimals (四舍五入); #N/A for a qualitative indicator, with the band its score must lie in.
 */
export function indicatorScore(target: unknown, actual: unknown, weight: unknown, nature?: unknown, unit?: unknown): number {
  return call("INDICATOR_SCORE", target, actual, weight, nature, unit) as number;
}

/**
 * Points named in a deduction reason (扣分分数): "未及时公开，扣1.5分" gives 1.5.
 * @customfunction REASON_POINTS REASON_POINTS
 * @helpurl https://localhost:3000/help.html#REASON_POINTS
 * @param reason Deduction reason text (扣分原因).
 * @returns The points deducted.
 */
export function reasonPoints(reason: unknown): number {
  return call("REASON_POINTS", reason) as number;
}

/**
 * An amount in Chinese capital numerals (金额大写), as written on vouchers.
 * @customfunction AMOUNT_IN_WORDS AMOUNT_IN_WORDS
 * @helpurl https://localhost:3000/help.html#AMOUNT_IN_WORDS
 * @param amount Amount in yuan (金额，元).
 * @returns The amount in words, e.g. 壹万贰仟叁佰肆拾伍元陆角柒分; #NUM! from 10^16 yuan (either sign) up.
 */
export function amountInWords(amount: unknown): string {
  return call("AMOUNT_IN_WORDS", amount) as string;
}
