import type { DistributionSpec } from '../scenario/distribution'
import { SamplingError } from './sampling-error'

/**
 * Checks that a distribution's parameters describe a distribution and returns the spec: finite
 * numbers, sd and sd_log ≥ 0, a positive lognormal median, min ≤ mode ≤ max, and for discrete
 * one weight ≥ 0 per value with a positive total. The scenario loader reports these problems with
 * file and line first; this guards the samplers against specs built in code.
 *
 * @throws SamplingError naming the first bad parameter
 * @example checkDistribution({ dist: 'uniform', min: 1, max: 2 }) // => { dist: 'uniform', min: 1, max: 2 }
 * @example checkDistribution({ dist: 'normal', mean: 0, sd: -1 }) // throws 'normal distribution: sd -1 is negative'
 */
export function checkDistribution(spec: DistributionSpec): DistributionSpec {
  const fail = (message: string, hint?: string): never => {
    throw new SamplingError(`${spec.dist} distribution: ${message}`, hint)
  }
  const finite = (name: string, x: number) => {
    if (!Number.isFinite(x)) fail(`${name} ${String(x)} is not a finite number`)
  }
  switch (spec.dist) {
    case 'normal':
      finite('mean', spec.mean)
      finite('sd', spec.sd)
      if (spec.sd < 0) fail(`sd ${spec.sd} is negative`, 'a standard deviation is ≥ 0')
      break
    case 'lognormal':
      finite('median', spec.median)
      finite('sdLog', spec.sdLog)
      if (spec.median <= 0) fail(`median ${spec.median} is not positive`)
      if (spec.sdLog < 0) fail(`sdLog ${spec.sdLog} is negative`, 'a standard deviation is ≥ 0')
      break
    case 'uniform':
      finite('min', spec.min)
      finite('max', spec.max)
      if (spec.min > spec.max) fail(`min ${spec.min} is greater than max ${spec.max}`, 'swap them')
      break
    case 'triangular':
    case 'pert':
      finite('min', spec.min)
      finite('mode', spec.mode)
      finite('max', spec.max)
      if (spec.min > spec.max) fail(`min ${spec.min} is greater than max ${spec.max}`, 'swap them')
      if (spec.mode < spec.min || spec.mode > spec.max) fail(`mode ${spec.mode} is outside [${spec.min}, ${spec.max}]`, 'the mode lies between min and max')
      break
    case 'discrete': {
      const { values, weights } = spec
      if (values.length === 0) fail('values is empty', 'give at least one value')
      if (weights.length !== values.length) fail(`${weights.length} weights for ${values.length} values`, 'give one weight per value')
      let total = 0
      values.forEach((x, i) => finite(`values[${i}]`, x))
      weights.forEach((w, i) => {
        finite(`weights[${i}]`, w)
        if (w < 0) fail(`weights[${i}] ${w} is negative`)
        total += w
      })
      if (!(total > 0)) fail('the weights sum to 0', 'give at least one value a positive weight')
      break
    }
    default:
      throw new SamplingError(`unknown distribution "${String((spec as { dist: unknown }).dist)}"`)
  }
  return spec
}
