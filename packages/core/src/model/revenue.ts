/**
 * Fiscal revenue (MODEL.md M7).
 */

/**
 * Nominal fiscal revenue, eq. M7: `R(t) = R(t0)·(p(t)·(Y(t) − H(t)) / Y(t0))^β`.
 *
 * @example fiscalRevenue(10, 1.1, 120, 10, 100, 1) // => 12.1
 */
export function fiscalRevenue(baseRevenue: number, p: number, output: number, relieved: number, baseOutput: number, buoyancy: number): number {
  const taxable = (p * (output - relieved)) / baseOutput
  return baseRevenue * Math.pow(Math.max(0, taxable), buoyancy)
}
