import type { HoltFilterResult, HoltParams } from './holt-filter'
import { holtFilter } from './holt-filter'
import { nelderMead } from './nelder-mead'

/** Bounds of α and β*: R's ets "usual" region, open at 0 and 1 as there. */
const SMOOTHING_BOUNDS: [number, number] = [1e-4, 0.9999]
/** Bounds of φ: forecast::ets's, which keep the damped trend from vanishing or becoming undamped. */
const DAMPING_BOUNDS: [number, number] = [0.8, 0.98]
/** Starting points (α, β*, φ) of the simplex searches: the SSE surface can have more than one basin. */
const STARTS: readonly [number, number, number][] = [
  [0.3, 0.1, 0.9],
  [0.9, 0.1, 0.9],
  [0.5, 0.5, 0.95],
  [0.99, 0.01, 0.85]
]
/** Estimated quantities: α, β*, φ, ℓ(0), b(0); the residual variance uses n − 5 degrees of freedom, as forecast::ets does. */
export const HOLT_PARAMETER_COUNT = 5
/** Fewest observations: forecast::ets refuses a model whose parameters reach n − 1. */
export const HOLT_MIN_OBSERVATIONS = HOLT_PARAMETER_COUNT + 2

/** A least-squares fit of the damped Holt model. */
export interface HoltFit extends HoltFilterResult {
  params: HoltParams
  /** residual variance `SSE / (n − 5)`, log units² */
  sigma2: number
  n: number
}

/**
 * Fits Holt's damped additive trend (MODEL.md §8 `holt`) by least squares: minimises the sum of
 * squared one-step errors over α, β* in [0.0001, 0.9999] and φ in [0.8, 0.98] (Nelder–Mead from
 * four starting points, on a logistic scale that keeps the bounds), the initial level and trend
 * solved exactly for each (α, β*, φ) since the predictions are linear in them. The same
 * criterion as forecast::holt (`opt.crit = "mse"`) and statsmodels' `ExponentialSmoothing.fit`;
 * their optimisers stop at slightly different points. O(n) per evaluation, a few thousand
 * evaluations.
 *
 * @param y the observations (log levels), at least seven
 * @throws Error with fewer than seven observations
 * @example fitHolt([1, 2, 3, 4, 5, 6, 7, 8]).sse < 1e-12 // => true
 */
export function fitHolt(y: readonly number[]): HoltFit {
  const n = y.length
  if (n < HOLT_MIN_OBSERVATIONS) throw new Error(`holt needs ${HOLT_MIN_OBSERVATIONS} or more observations, got ${n}`)
  const decode = (x: number[]): [number, number, number] => [bounded(x[0]!, SMOOTHING_BOUNDS), bounded(x[1]!, SMOOTHING_BOUNDS), bounded(x[2]!, DAMPING_BOUNDS)]
  const objective = (x: number[]) => profiled(y, ...decode(x)).sse
  let best: { x: number[]; value: number } | undefined
  for (const [a, b, phi] of STARTS) {
    const found = nelderMead(objective, [unbounded(a, SMOOTHING_BOUNDS), unbounded(b, SMOOTHING_BOUNDS), unbounded(phi, DAMPING_BOUNDS)])
    if (best === undefined || found.value < best.value) best = found
  }
  const polished = nelderMead(objective, best!.x, { step: 0.05 })
  const fit = profiled(y, ...decode(polished.value < best!.value ? polished.x : best!.x))
  return { ...fit, n, sigma2: fit.sse / (n - HOLT_PARAMETER_COUNT) }
}

/**
 * Runs the filter with the initial level and trend that minimise the SSE for given α, β*, φ:
 * the one-step predictions are `u(t) + ℓ(0)·p(t) + b(0)·q(t)`, so two more passes give p and q
 * and a 2×2 least-squares solve gives ℓ(0), b(0). O(n).
 *
 * @example profiled([1, 2, 3, 4, 5, 6, 7], 0.5, 0.5, 0.9).params.level0 // => about 0.1 (a trend of about 1 reaches 1 at t = 1)
 */
export function profiled(y: readonly number[], alpha: number, beta: number, phi: number): HoltFilterResult & { params: HoltParams } {
  const zeros = y.map(() => 0)
  const u = holtFilter(y, { alpha, beta, phi, level0: 0, trend0: 0 }).fitted
  const p = holtFilter(zeros, { alpha, beta, phi, level0: 1, trend0: 0 }).fitted
  const q = holtFilter(zeros, { alpha, beta, phi, level0: 0, trend0: 1 }).fitted
  let spp = 0
  let spq = 0
  let sqq = 0
  let spr = 0
  let sqr = 0
  for (let t = 0; t < y.length; t++) {
    const r = y[t]! - u[t]!
    spp += p[t]! * p[t]!
    spq += p[t]! * q[t]!
    sqq += q[t]! * q[t]!
    spr += p[t]! * r
    sqr += q[t]! * r
  }
  const det = spp * sqq - spq * spq
  // collinear p and q (a degenerate α, β*, φ): fall back to the level alone, starting flat
  const level0 = det > 1e-12 * spp * sqq ? (sqq * spr - spq * sqr) / det : spr / spp
  const trend0 = det > 1e-12 * spp * sqq ? (spp * sqr - spq * spr) / det : 0
  const params = { alpha, beta, phi, level0, trend0 }
  return { ...holtFilter(y, params), params }
}

// maps the real line onto (lo, hi), so the simplex search needs no constraints
function bounded(x: number, [lo, hi]: [number, number]): number {
  return lo + (hi - lo) / (1 + Math.exp(-x))
}

// the inverse of `bounded`
function unbounded(v: number, [lo, hi]: [number, number]): number {
  const u = (v - lo) / (hi - lo)
  return Math.log(u / (1 - u))
}
