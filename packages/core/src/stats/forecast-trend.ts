import type { Forecast } from './forecast'
import { DEFAULT_LEVELS, toLevels } from './forecast'
import { logLinearTrend } from './log-linear-trend'
import { studentTQuantile } from './student-t'

/**
 * `trend` baseline (MODEL.md §8): the log-linear regression `ln y = a + b·t` extended, with the
 * regression prediction interval `ŷ ± t_{n−2} · s · √(1 + 1/n + (t − t̄)²/Sxx)` (s the residual
 * standard error), exact for independent normal deviations from a straight line in logs.
 * Needs three or more years. O(n + h).
 *
 * @param years consecutive years, ascending
 * @param levels positive levels, in any unit
 * @param horizon years ahead, ≥ 1
 * @param levelsPi interval probabilities, default 80% and 95%
 * @throws Error with fewer than three levels
 * @example forecastTrend([2000, 2001, 2002], [100, 110, 121], 1).point[0] // => 133.1 (to rounding)
 */
export function forecastTrend(years: readonly number[], levels: readonly number[], horizon: number, levelsPi: readonly number[] = DEFAULT_LEVELS): Forecast {
  if (levels.length < 3) throw new Error(`a trend forecast needs three or more years, got ${levels.length}`)
  const fit = logLinearTrend(years, levels)
  const origin = years[years.length - 1]!
  const mean: number[] = []
  const se: number[] = []
  for (let h = 1; h <= horizon; h++) {
    const t = origin + h
    mean.push(fit.intercept + fit.slope * t)
    se.push(fit.residualSd * Math.sqrt(1 + 1 / fit.n + (t - fit.meanYear) ** 2 / fit.sxx))
  }
  const df = fit.n - 2
  return toLevels('trend', origin, { mean, se, quantile: (level) => studentTQuantile(0.5 + level / 2, df) }, levelsPi, { slope: fit.slope, intercept: fit.intercept, sigma: fit.residualSd, r2: fit.r2 })
}
