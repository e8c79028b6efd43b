import type { DistributionSpec } from '../scenario/distribution'
import { checkDistribution } from './check-distribution'
import { normalQuantile } from './normal-quantile'
import { SamplingError } from './sampling-error'

/** A distribution's inverse CDF: a probability in (0, 1) to a value in the leaf's units. */
export type Quantile = (u: number) => number

/**
 * Compiles a distribution's inverse CDF F⁻¹, with its constants worked out once, for inverse
 * transform sampling (`samplerFor`) and for correlated uniforms (`correlateRanks`, MODEL.md U4).
 * Every form is closed:
 * - normal: mean + sd·Φ⁻¹(u)
 * - lognormal: median·exp(sdLog·Φ⁻¹(u))
 * - uniform: min + (max − min)·u
 * - triangular (a = min, c = mode, b = max): a + √(u·(b−a)(c−a)) for u < (c−a)/(b−a), else
 *   b − √((1−u)·(b−a)(b−c))
 * - discrete: with the values in increasing order, the first whose cumulative weight exceeds
 *   u·(total weight); values with weight 0 are never returned
 * Bounded results are clamped to [min, max] against rounding. A spread of zero (sd 0, min = max)
 * gives the constant for every u. PERT has no closed-form inverse CDF and is refused.
 *
 * @throws SamplingError for invalid parameters (see `checkDistribution`) and for pert
 * @example quantileFor({ dist: 'triangular', min: 0, mode: 0, max: 1 })(0.75) // => 0.5
 */
export function quantileFor(spec: DistributionSpec): Quantile {
  checkDistribution(spec)
  switch (spec.dist) {
    case 'normal': {
      const { mean, sd } = spec
      return (u) => mean + sd * normalQuantile(u)
    }
    case 'lognormal': {
      const { median, sdLog } = spec
      return (u) => median * Math.exp(sdLog * normalQuantile(u))
    }
    case 'uniform': {
      const { min, max } = spec
      const width = max - min
      return (u) => Math.min(max, min + width * u)
    }
    case 'triangular':
      return triangularQuantile(spec.min, spec.mode, spec.max)
    case 'discrete':
      return discreteQuantile(spec.values, spec.weights)
    case 'pert':
      throw new SamplingError('pert distribution: no closed-form inverse cdf', 'use triangular for a leaf that takes part in a rank correlation')
  }
}

/** Closed-form inverse of the triangular CDF. */
function triangularQuantile(min: number, mode: number, max: number): Quantile {
  const width = max - min
  if (width === 0) return () => min
  const modeCdf = (mode - min) / width
  const left = width * (mode - min)
  const right = width * (max - mode)
  return (u) => (u < modeCdf ? Math.min(max, min + Math.sqrt(u * left)) : Math.max(min, max - Math.sqrt((1 - u) * right)))
}

/** Inverse of a discrete CDF by binary search over cumulative weights, values in increasing order. */
function discreteQuantile(values: readonly number[], weights: readonly number[]): Quantile {
  const n = values.length
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => values[i]! - values[j]!)
  const xs = Float64Array.from(order, (i) => values[i]!)
  const cumulative = new Float64Array(n)
  let total = 0
  for (let k = 0; k < n; k++) cumulative[k] = total += weights[order[k]!]!
  const last = n - 1
  return (u) => {
    const t = u * total
    let lo = 0
    let hi = last
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (t < cumulative[mid]!) hi = mid
      else lo = mid + 1
    }
    return xs[lo]!
  }
}
