import { describe, expect, it } from 'vitest'
import type { DistributionSpec } from '../scenario/distribution'
import { checkDistribution } from './check-distribution'
import { SamplingError } from './sampling-error'

describe('checkDistribution', () => {
  it('returns valid specs unchanged, degenerate ones included', () => {
    const valid: DistributionSpec[] = [
      { dist: 'normal', mean: -1, sd: 0 },
      { dist: 'lognormal', median: 0.5, sdLog: 0 },
      { dist: 'uniform', min: 2, max: 2 },
      { dist: 'triangular', min: 0, mode: 0, max: 1 },
      { dist: 'pert', min: 0, mode: 1, max: 1 },
      { dist: 'discrete', values: [1, 2], weights: [0, 1] }
    ]
    for (const spec of valid) expect(checkDistribution(spec)).toBe(spec)
  })

  it('names the distribution and the bad parameter', () => {
    const bad: [DistributionSpec, string][] = [
      [{ dist: 'normal', mean: Number.NaN, sd: 1 }, 'normal distribution: mean NaN is not a finite number'],
      [{ dist: 'normal', mean: 0, sd: -1 }, 'normal distribution: sd -1 is negative'],
      [{ dist: 'lognormal', median: 0, sdLog: 1 }, 'lognormal distribution: median 0 is not positive'],
      [{ dist: 'lognormal', median: 1, sdLog: -0.1 }, 'lognormal distribution: sdLog -0.1 is negative'],
      [{ dist: 'uniform', min: 3, max: 2 }, 'uniform distribution: min 3 is greater than max 2'],
      [{ dist: 'triangular', min: 0, mode: 2, max: 1 }, 'triangular distribution: mode 2 is outside [0, 1]'],
      [{ dist: 'pert', min: 0, mode: 0, max: Infinity }, 'pert distribution: max Infinity is not a finite number'],
      [{ dist: 'discrete', values: [], weights: [] }, 'discrete distribution: values is empty'],
      [{ dist: 'discrete', values: [1, 2], weights: [1] }, 'discrete distribution: 1 weights for 2 values'],
      [{ dist: 'discrete', values: [1, 2], weights: [1, -1] }, 'discrete distribution: weights[1] -1 is negative'],
      [{ dist: 'discrete', values: [1, 2], weights: [0, 0] }, 'discrete distribution: the weights sum to 0']
    ]
    for (const [spec, message] of bad) {
      expect(() => checkDistribution(spec)).toThrow(SamplingError)
      expect(() => checkDistribution(spec)).toThrow(message)
    }
  })

  it('refuses an unknown kind', () => {
    expect(() => checkDistribution({ dist: 'cauchy' } as unknown as DistributionSpec)).toThrow('unknown distribution "cauchy"')
  })
})
