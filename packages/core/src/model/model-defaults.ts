/**
 * Defaults of the model's parameters (MODEL.md §2), each with the reason a planner should know
 * when zonecast falls back to it.
 */

/** Gross ICOR: the middle of the 3–5 range published for China's economy in the 2000s. */
export const DEFAULT_CAPITAL_OUTPUT_RATIO = 4
/** Years before investment produces: a factory built this year produces next year. */
export const DEFAULT_GESTATION_YEARS = 1
/** Real growth of incumbent firms without new investment: none assumed. */
export const DEFAULT_INCUMBENT_GROWTH = 0
/** Elasticity of revenue to taxable output: revenue proportional to output. */
export const DEFAULT_TAX_BUOYANCY = 1
/** Share of revenue the zone puts towards infrastructure and debt service: none. */
export const DEFAULT_BUDGET_SHARE = 0
/** Interest rate on zone debt: about the benchmark lending rate of the 2000s (5–7%). */
export const DEFAULT_INTEREST_RATE = 0.06
/** Debt ratio (debt over a year's revenue) above which `debt-limit-breached` warns. */
export const DEFAULT_DEBT_LIMIT = 1
/** Tax holiday: half rate in the reduced years ("two years free, three at half rate"). */
export const DEFAULT_HALF_RATE = 0.5
