/**
 * Zone finance (MODEL.md M8–M10): what revenue, land sales and grants do not cover is borrowed.
 */

/**
 * Land sales, eq. M8: `Ls(t) = q·p(t)·(U(t) − U(t-1))`.
 *
 * @example landSales(3, 1, 2) // => 6
 */
export function landSales(pricePerKm2: number, p: number, newlyUsedKm2: number): number {
  return pricePerKm2 * p * newlyUsedKm2
}

/**
 * Interest, eq. M9: `I(t) = r·(1 − σ_r)·Debt(t-1)`.
 *
 * @example interest(0.06, 0.5, 100) // => 3
 */
export function interest(rate: number, subsidy: number, previousDebt: number): number {
  return rate * (1 - subsidy) * previousDebt
}

/**
 * Debt, eq. M10: `Debt(t) = max(0, Debt(t-1) + S(t) + I(t) − b·R(t) − Ls(t) − G(t))`.
 *
 * @example debt(100, 20, 6, 0.1, 50, 3, 0) // => 118
 */
export function debt(previous: number, infrastructure: number, interestPaid: number, budgetShare: number, revenue: number, sales: number, grants: number): number {
  return Math.max(0, previous + infrastructure + interestPaid - budgetShare * revenue - sales - grants)
}
