/**
 * Output (MODEL.md M4, M5).
 */

/**
 * Real output, eq. M4: `Y(t) = (1+e)·Y(t-1) + P_real(t-ℓ)/v + X(t)` (the growth shock of U2
 * multiplies the result in Monte Carlo runs).
 *
 * @param projectRealLagged P_real(t-ℓ), base-year money
 * @param icor v
 * @param expansionReal X(t)
 * @example realOutput(100, 0.02, 40, 4, 0) // => 112
 */
export function realOutput(previous: number, incumbentGrowth: number, projectRealLagged: number, icor: number, expansionReal: number): number {
  return (1 + incumbentGrowth) * previous + projectRealLagged / icor + expansionReal
}

/**
 * Industrial value added, eq. M5: `V(t) = V(t0)·(Y(t)/Y(t0))·(1+drift)^(t-t0)`.
 *
 * @param driftFactor `(1+drift)^(t-t0)`, from `industryDriftFactor`
 * @example industrialValueAdded(50, 120, 100, industryDriftFactor(0, 3)) // => 60
 */
export function industrialValueAdded(baseVa: number, output: number, baseOutput: number, driftFactor: number): number {
  return baseVa * (output / baseOutput) * driftFactor
}

/**
 * The drift factor of eq. M5, `(1+drift)^(t-t0)`: apart from `industrialValueAdded` because a
 * Monte Carlo run computes it once per drift value, not once per draw and year.
 *
 * @example industryDriftFactor(0.1, 2) // => 1.2100000000000002
 */
export function industryDriftFactor(drift: number, yearsSinceBase: number): number {
  return Math.pow(1 + drift, yearsSinceBase)
}
