import type { Forecast } from './forecast'
import { DEFAULT_LEVELS, toLevels } from './forecast'
import { normalQuantile } from '../random/normal-quantile'
import { fitHolt } from './fit-holt'
import type { HoltFit } from './fit-holt'
import { holtPoint } from './holt-filter'

/**
 * The forecast variance of Holt's damped trend as the state-space model ETS(A,Ad,N), h steps
 * ahead: `σ²·(1 + Σ_{j=1}^{h−1} c_j²)` with `c_j = α + α·β*·(φ + φ² + … + φ^j)` (Hyndman,
 * Koehler, Ord and Snyder 2008, Table 6.1, class 1; the formula forecast::forecast.ets uses).
 * O(h).
 *
 * @param fit a fitted model (its σ² and parameters)
 * @param horizon steps ahead
 * @returns the variance per horizon 1…h, log units²
 * @example holtVariance({ sigma2: 1, params: { alpha: 1, beta: 0, phi: 1 } } as HoltFit, 3) // => [1, 2, 3]
 */
export function holtVariance(fit: Pick<HoltFit, 'sigma2' | 'params'>, horizon: number): number[] {
  const { alpha, beta, phi } = fit.params
  const out: number[] = []
  let sum = 0
  let damping = 0
  let power = 1
  for (let h = 1; h <= horizon; h++) {
    out.push(fit.sigma2 * (1 + sum))
    power *= phi
    damping += power
    sum += (alpha + alpha * beta * damping) ** 2
  }
  return out
}

/**
 * `holt` baseline (MODEL.md §8): Holt's damped additive trend fitted by least squares to
 * `ln y`, forecast `ℓ(n) + (φ + … + φ^h)·b(n)`, with normal prediction intervals from the
 * state-space variance (`holtVariance`). Needs seven or more years. O(n) per fit evaluation.
 *
 * @param years consecutive years, ascending
 * @param levels positive levels, in any unit
 * @param horizon years ahead, ≥ 1
 * @param levelsPi interval probabilities, default 80% and 95%
 * @param fit a fit of `ln levels` to reuse (tests pass fixed parameters)
 * @throws Error with fewer than seven levels
 * @example forecastHolt(years, levels, 5).point // => five medians
 */
export function forecastHolt(years: readonly number[], levels: readonly number[], horizon: number, levelsPi: readonly number[] = DEFAULT_LEVELS, fit: HoltFit = fitHolt(levels.map(Math.log))): Forecast {
  const mean = holtPoint(fit.level, fit.trend, fit.params.phi, horizon)
  const se = holtVariance(fit, horizon).map(Math.sqrt)
  const { alpha, beta, phi, level0, trend0 } = fit.params
  return toLevels('holt', years[years.length - 1]!, { mean, se, quantile: (level) => normalQuantile(0.5 + level / 2) }, levelsPi, { alpha, beta, phi, level0, trend0, sigma: Math.sqrt(fit.sigma2), sse: fit.sse })
}
