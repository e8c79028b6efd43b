import { linearRegression, linearRegressionLine, mean, rSquared } from 'simple-statistics'

/** A least-squares line through `ln y` against the year, with what its prediction interval needs. */
export interface LogLinearTrend {
  /** slope b of `ln y = a + b·year`: log growth per year */
  slope: number
  /** intercept a (at year 0) */
  intercept: number
  /** trend growth `e^b − 1`, a fraction per year */
  growth: number
  /** coefficient of determination of the fit in logs, 0–1 */
  r2: number
  /** observations */
  n: number
  /** mean year x̄ */
  meanYear: number
  /** Σ(year − x̄)², years² */
  sxx: number
  /** residual standard error `√(SSE/(n−2))`, in log units (NaN when n = 2) */
  residualSd: number
}

/**
 * Fits the log-linear trend `ln y(t) = a + b·t` by ordinary least squares (simple-statistics'
 * `linearRegression` and `rSquared`): b is the trend's log growth, `e^b − 1` the trend growth
 * rate (MODEL.md §8). O(n).
 *
 * @param years consecutive or not, one per level
 * @param levels positive levels, in any unit
 * @throws Error when fewer than two levels are given
 * @example logLinearTrend([2000, 2001, 2002], [100, 110, 121]).growth // => 0.10000000000000009
 */
export function logLinearTrend(years: readonly number[], levels: readonly number[]): LogLinearTrend {
  const n = levels.length
  if (n < 2 || years.length !== n) throw new Error(`a trend needs two or more levels with their years, got ${n}`)
  const points = years.map((t, i) => [t, Math.log(levels[i]!)])
  const { m, b } = linearRegression(points)
  const line = linearRegressionLine({ m, b })
  const meanYear = mean(years as number[])
  let sxx = 0
  let sse = 0
  for (const [t, z] of points) {
    sxx += (t! - meanYear) ** 2
    sse += (z! - line(t!)) ** 2
  }
  return { slope: m, intercept: b, growth: Math.expm1(m), r2: rSquared(points, line), n, meanYear, sxx, residualSd: n > 2 ? Math.sqrt(sse / (n - 2)) : NaN }
}
