/**
 * Parameters of Holt's damped additive trend (Gardner and McKenzie 1985), in the
 * error-correction form statsmodels' `ExponentialSmoothing` and R's `forecast::holt` use.
 */
export interface HoltParams {
  /** level smoothing α, 0–1 */
  alpha: number
  /** trend smoothing β* (statsmodels' `smoothing_trend`; R's ets β is α·β*), 0–1 */
  beta: number
  /** damping φ, 0–1 (1: no damping) */
  phi: number
  /** level ℓ(0) before the first observation */
  level0: number
  /** trend b(0) before the first observation */
  trend0: number
}

/** What the filter leaves: one-step predictions and the last state. */
export interface HoltFilterResult {
  /** one-step predictions ŷ(t) = ℓ(t−1) + φ·b(t−1), one per observation */
  fitted: number[]
  /** Σ (y(t) − ŷ(t))² */
  sse: number
  /** ℓ(n) and b(n) after the last observation */
  level: number
  trend: number
}

/**
 * Runs Holt's damped additive trend over a series:
 * `ℓ(t) = α·y(t) + (1−α)·(ℓ(t−1) + φ·b(t−1))`,
 * `b(t) = β*·(ℓ(t) − ℓ(t−1)) + (1−β*)·φ·b(t−1)`,
 * one-step prediction `ℓ(t−1) + φ·b(t−1)`. O(n).
 *
 * @param y the observations (here: log levels)
 * @param p parameters and initial states
 * @example holtFilter([1, 2, 3], { alpha: 1, beta: 1, phi: 1, level0: 0, trend0: 1 }).fitted // => [1, 2, 3]
 */
export function holtFilter(y: readonly number[], p: HoltParams): HoltFilterResult {
  let level = p.level0
  let trend = p.trend0
  let sse = 0
  const fitted: number[] = []
  for (const obs of y) {
    const damped = p.phi * trend
    const prediction = level + damped
    fitted.push(prediction)
    sse += (obs - prediction) ** 2
    const next = p.alpha * obs + (1 - p.alpha) * prediction
    trend = p.beta * (next - level) + (1 - p.beta) * damped
    level = next
  }
  return { fitted, sse, level, trend }
}

/**
 * The forecast h steps after the filter's last state: `ℓ(n) + (φ + φ² + … + φ^h)·b(n)`. O(h).
 *
 * @example holtPoint(10, 1, 0.5, 2) // => [10.5, 10.75]
 */
export function holtPoint(level: number, trend: number, phi: number, horizon: number): number[] {
  const out: number[] = []
  let damping = 0
  let power = 1
  for (let h = 1; h <= horizon; h++) {
    power *= phi
    damping += power
    out.push(level + damping * trend)
  }
  return out
}
