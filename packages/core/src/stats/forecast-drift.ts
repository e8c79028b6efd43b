import { mean as average, sampleStandardDeviation } from 'simple-statistics'
import type { Forecast } from './forecast'
import { DEFAULT_LEVELS, toLevels } from './forecast'
import { logGrowth } from './log-growth'
import { studentTQuantile } from './student-t'

/**
 * `drift` baseline (MODEL.md §8): a random walk with drift on `ln y`. The drift c is the mean of
 * the m = n − 1 log growth rates; the forecast h years ahead is `ln y(T) + h·c`, with standard
 * error `s·√(h + h²/m)` (the walk's h shocks plus the drift's estimation error; s the sample sd
 * of the growth rates) and Student t quantiles with m − 1 degrees of freedom: exact for
 * independent normal growth rates. Needs three or more years. O(n + h).
 *
 * @param years consecutive years, ascending
 * @param levels positive levels, in any unit
 * @param horizon years ahead, ≥ 1
 * @param levelsPi interval probabilities, default 80% and 95%
 * @throws Error with fewer than three levels
 * @example forecastDrift([2000, 2001, 2002], [100, 110, 121], 2).point // => [133.1, 146.41] (to rounding)
 */
export function forecastDrift(years: readonly number[], levels: readonly number[], horizon: number, levelsPi: readonly number[] = DEFAULT_LEVELS): Forecast {
  if (levels.length < 3) throw new Error(`a drift forecast needs three or more years, got ${levels.length}`)
  const g = logGrowth(levels)
  const m = g.length
  const drift = average(g)
  const s = sampleStandardDeviation(g)
  const last = Math.log(levels[levels.length - 1]!)
  const mean: number[] = []
  const se: number[] = []
  for (let h = 1; h <= horizon; h++) {
    mean.push(last + h * drift)
    se.push(s * Math.sqrt(h + (h * h) / m))
  }
  return toLevels('drift', years[years.length - 1]!, { mean, se, quantile: (level) => studentTQuantile(0.5 + level / 2, m - 1) }, levelsPi, { drift, sigma: s })
}
