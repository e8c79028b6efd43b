import { describe, expect, it } from 'vitest'
import { quantileFor } from './distribution-quantile'
import { SamplingError } from './sampling-error'

describe('quantileFor: closed-form inverse CDFs', () => {
  it('normal: mean + sd·Φ⁻¹(u)', () => {
    const q = quantileFor({ dist: 'normal', mean: 10, sd: 2 })
    expect(q(0.5)).toBe(10)
    // 10 + 2·1.959963984540054 (R: qnorm(0.975))
    expect(q(0.975)).toBeCloseTo(13.919927969080108, 13)
  })

  it('lognormal: median·exp(sdLog·Φ⁻¹(u)); the median at u = ½', () => {
    const q = quantileFor({ dist: 'lognormal', median: 2, sdLog: 0.5 })
    expect(q(0.5)).toBe(2)
    // 2·exp(0.5·1.959963984540054) = 2·e^0.979981992270027
    expect(q(0.975)).toBeCloseTo(2 * Math.exp(0.979981992270027), 13)
  })

  it('uniform: min + (max − min)·u', () => {
    const q = quantileFor({ dist: 'uniform', min: 1, max: 5 })
    expect(q(0.25)).toBe(2)
    expect(q(0.5)).toBe(3)
  })

  it('triangular: both branches, and the mode at u = (c − a)/(b − a)', () => {
    const q = quantileFor({ dist: 'triangular', min: 0, mode: 1, max: 4 })
    // F(mode) = (1 − 0)/(4 − 0) = ¼
    expect(q(0.25)).toBeCloseTo(1, 14)
    // u = 1/16 < ¼: 0 + √(1/16·4·1) = ½
    expect(q(1 / 16)).toBeCloseTo(0.5, 14)
    // u = 0.625 ≥ ¼: 4 − √(0.375·4·3) = 4 − √4.5 = 1.8786796564403576
    expect(q(0.625)).toBeCloseTo(4 - Math.sqrt(4.5), 14)
    // the mode at an end: {0, 0, 1} has F(x) = 1 − (1 − x)², so F⁻¹(0.75) = ½
    expect(quantileFor({ dist: 'triangular', min: 0, mode: 0, max: 1 })(0.75)).toBeCloseTo(0.5, 14)
  })

  it('discrete: with the values in increasing order, the first whose cumulative weight exceeds u', () => {
    const q = quantileFor({ dist: 'discrete', values: [10, 20, 30], weights: [0.25, 0.25, 0.5] })
    // cumulative 0.25, 0.5, 1
    expect([0.1, 0.2499, 0.25, 0.4999, 0.5, 0.99].map(q)).toEqual([10, 10, 20, 20, 30, 30])
    // weights need not sum to exactly one: they are used relative to their total
    expect(quantileFor({ dist: 'discrete', values: [1, 2], weights: [1, 3] })(0.3)).toBe(2)
  })

  it('is non-decreasing in u, so it keeps ranks (what the rank-correlation copula relies on)', () => {
    const specs = [
      quantileFor({ dist: 'normal', mean: 0, sd: 1 }),
      quantileFor({ dist: 'lognormal', median: 1, sdLog: 1 }),
      quantileFor({ dist: 'triangular', min: 0, mode: 0.3, max: 1 }),
      quantileFor({ dist: 'discrete', values: [5, 1, 3], weights: [0.2, 0.3, 0.5] })
    ]
    for (const q of specs) {
      let previous = -Infinity
      for (let i = 1; i < 1000; i++) {
        const x = q(i / 1000)
        expect(x).toBeGreaterThanOrEqual(previous)
        previous = x
      }
    }
    // discrete sorts its values: 1 (weight 0.3), 3 (0.5), 5 (0.2), cumulative 0.3, 0.8, 1
    expect([0.1, 0.3, 0.79, 0.8, 0.9].map(specs[3]!)).toEqual([1, 3, 3, 5, 5])
  })

  it('refuses pert, which has no closed-form inverse CDF, with a hint', () => {
    expect(() => quantileFor({ dist: 'pert', min: 0, mode: 1, max: 2 })).toThrow(SamplingError)
    expect(() => quantileFor({ dist: 'pert', min: 0, mode: 1, max: 2 })).toThrow('pert distribution: no closed-form inverse cdf')
  })
})
