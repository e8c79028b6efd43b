import { describe, expect, it } from 'vitest'
import type { DistributionSpec } from '../scenario/distribution'
import { DrawStream } from './draw-stream'
import { normalCdf } from './normal-cdf'
import { normalQuantile } from './normal-quantile'
import { samplerFor } from './sample-distribution'
import { SamplingError } from './sampling-error'

/** Draws per distribution: 4 standard errors of the mean are then 0.9% of a standard deviation. */
const N = 200_000
/** Kolmogorov–Smirnov 1% critical value of √N·D for large N (scipy: kstwo.ppf(0.99, 200000)·√200000 = 1.6272). */
const KS_CRITICAL_001 = 1.63

/** N values of a distribution, one Monte Carlo draw each, from one reused stream. */
function sample(spec: DistributionSpec, seed = 42): Float64Array {
  const sampler = samplerFor(spec)
  const stream = new DrawStream(seed, 0)
  const out = new Float64Array(N)
  for (let d = 0; d < N; d++) out[d] = sampler(stream.reset(seed, d))
  return out
}

/**
 * Checks the sample mean and variance within 4 standard errors of the closed forms. SE(mean) =
 * σ/√N; SE(variance) = σ²·√((κ − 1)/N), κ = μ₄/σ⁴ the kurtosis (the large-sample variance of s²).
 */
function expectMoments(xs: Float64Array, mean: number, variance: number, kurtosis: number): void {
  let m = 0
  for (const x of xs) m += x
  m /= xs.length
  let v = 0
  for (const x of xs) v += (x - m) ** 2
  v /= xs.length - 1
  expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(variance / xs.length))
  expect(Math.abs(v - variance)).toBeLessThan(4 * variance * Math.sqrt((kurtosis - 1) / xs.length))
}

/** √N times the Kolmogorov–Smirnov statistic D = sup |F_N(x) − F(x)|. */
function ksScaled(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort()
  const n = sorted.length
  let d = 0
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!)
    d = Math.max(d, (i + 1) / n - f, f - i / n)
  }
  return Math.sqrt(n) * d
}

/** A stream that counts the uniforms drawn from it. */
class CountingStream extends DrawStream {
  count = 0
  override next(): number {
    this.count++
    return super.next()
  }
}

describe('samplerFor: each distribution against its closed forms', () => {
  it('normal {mean 5, sd 2}: mean 5, variance 4, kurtosis 3; KS against Φ((x − 5)/2)', () => {
    const xs = sample({ dist: 'normal', mean: 5, sd: 2 })
    expectMoments(xs, 5, 4, 3)
    expect(ksScaled(xs, (x) => normalCdf((x - 5) / 2))).toBeLessThan(KS_CRITICAL_001)
  })

  it('lognormal {median 2, sdLog 0.3}: mean median·exp(σ²/2), variance median²·e^{σ²}(e^{σ²} − 1)', () => {
    const s2 = 0.3 ** 2
    const xs = sample({ dist: 'lognormal', median: 2, sdLog: 0.3 })
    // kurtosis of a lognormal: e^{4σ²} + 2e^{3σ²} + 3e^{2σ²} − 3
    expectMoments(xs, 2 * Math.exp(s2 / 2), 4 * Math.exp(s2) * (Math.exp(s2) - 1), Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3)
    // ln(x/median)/σ is standard normal
    expect(ksScaled(xs, (x) => normalCdf(Math.log(x / 2) / 0.3))).toBeLessThan(KS_CRITICAL_001)
  })

  it('uniform {1, 4}: mean (a + b)/2 = 2.5, variance (b − a)²/12 = 0.75, kurtosis 9/5; KS against (x − 1)/3', () => {
    const xs = sample({ dist: 'uniform', min: 1, max: 4 })
    expectMoments(xs, 2.5, 0.75, 9 / 5)
    expect(ksScaled(xs, (x) => (x - 1) / 3)).toBeLessThan(KS_CRITICAL_001)
  })

  it('triangular {3, 4, 6}: mean (a + b + c)/3 = 13/3, variance (a² + b² + c² − ab − ac − bc)/18 = 7/18', () => {
    const [a, c, b] = [3, 4, 6]
    const xs = sample({ dist: 'triangular', min: a, mode: c, max: b })
    // (9 + 16 + 36 − 12 − 18 − 24)/18 = 7/18; the triangular kurtosis is 12/5 for every shape
    expectMoments(xs, 13 / 3, 7 / 18, 12 / 5)
    // CDF: (x − a)²/((b − a)(c − a)) up to the mode, 1 − (b − x)²/((b − a)(b − c)) after it
    const cdf = (x: number) => (x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c)))
    expect(ksScaled(xs, cdf)).toBeLessThan(KS_CRITICAL_001)
  })

  it('triangular with the mode at the minimum {0, 0, 1}: mean 1/3, variance 1/18; KS against 1 − (1 − x)²', () => {
    const xs = sample({ dist: 'triangular', min: 0, mode: 0, max: 1 })
    expectMoments(xs, 1 / 3, 1 / 18, 12 / 5)
    expect(ksScaled(xs, (x) => 1 - (1 - x) ** 2)).toBeLessThan(KS_CRITICAL_001)
  })

  it('pert {0.1, 0.2, 0.5}: α = 2, β = 4; mean (a + 4m + b)/6, Beta variance and CDF', () => {
    // α = 1 + 4(0.2 − 0.1)/0.4 = 2, β = 1 + 4(0.5 − 0.2)/0.4 = 4
    const [a, m, b, alpha, beta] = [0.1, 0.2, 0.5, 2, 4]
    const xs = sample({ dist: 'pert', min: a, mode: m, max: b })
    // mean (0.1 + 0.8 + 0.5)/6 = 0.2333…; variance (b − a)²·αβ/((α + β)²(α + β + 1)) = 0.16·8/252
    const s = alpha + beta
    const excess = (6 * ((alpha - beta) ** 2 * (s + 1) - alpha * beta * (s + 2))) / (alpha * beta * (s + 2) * (s + 3))
    expectMoments(xs, (a + 4 * m + b) / 6, ((b - a) ** 2 * alpha * beta) / (s * s * (s + 1)), 3 + excess)
    // Beta(2, 4) CDF for integer shapes: I_t(2, 4) = P(Binomial(5, t) ≥ 2) = 1 − (1 − t)⁵ − 5t(1 − t)⁴
    const cdf = (x: number) => {
      const t = (x - a) / (b - a)
      return 1 - (1 - t) ** 5 - 5 * t * (1 - t) ** 4
    }
    expect(ksScaled(xs, cdf)).toBeLessThan(KS_CRITICAL_001)
  })

  it('pert with the mode at the minimum {0, 0, 1}: α = 1, β = 5, Beta(1, 5) with CDF 1 − (1 − x)⁵', () => {
    const xs = sample({ dist: 'pert', min: 0, mode: 0, max: 1 })
    // mean α/(α + β) = 1/6; variance αβ/((α + β)²(α + β + 1)) = 5/252; excess kurtosis
    // 6[(α − β)²(α + β + 1) − αβ(α + β + 2)]/(αβ(α + β + 2)(α + β + 3)) = 6(112 − 40)/360 = 1.2
    expectMoments(xs, 1 / 6, 5 / 252, 4.2)
    expect(ksScaled(xs, (x) => 1 - (1 - x) ** 5)).toBeLessThan(KS_CRITICAL_001)
  })

  it('discrete {1, 2, 5} with weights {0.2, 0.5, 0.3}: weighted mean 2.7, frequencies within 4 SE', () => {
    const values = [1, 2, 5]
    const weights = [0.2, 0.5, 0.3]
    const xs = sample({ dist: 'discrete', values, weights })
    // mean Σwx = 0.2 + 1 + 1.5 = 2.7; variance Σw(x − 2.7)² = 0.578 + 0.245 + 1.587 = 2.41
    const mu4 = weights.reduce((acc, w, i) => acc + w * (values[i]! - 2.7) ** 4, 0)
    expectMoments(xs, 2.7, 2.41, mu4 / 2.41 ** 2)
    for (let i = 0; i < 3; i++) {
      const share = xs.filter((x) => x === values[i]).length / N
      const w = weights[i]!
      // binomial share: SE √(w(1 − w)/N)
      expect(Math.abs(share - w)).toBeLessThan(4 * Math.sqrt((w * (1 - w)) / N))
    }
  })
})

describe('samplerFor: bounds, degenerate cases and uniforms consumed', () => {
  it('inverse-transform kinds consume exactly one uniform and give F⁻¹ of it', () => {
    // the first uniform of (42, 0) is 0.040112417597624295 (draw-stream golden value)
    const u = 0.040112417597624295
    const cases: [DistributionSpec, number][] = [
      [{ dist: 'normal', mean: 1, sd: 2 }, 1 + 2 * normalQuantile(u)],
      [{ dist: 'lognormal', median: 3, sdLog: 0.5 }, 3 * Math.exp(0.5 * normalQuantile(u))],
      [{ dist: 'uniform', min: 2, max: 4 }, 2 + 2 * u],
      // u < (4 − 3)/(6 − 3): 3 + √(u·3·1)
      [{ dist: 'triangular', min: 3, mode: 4, max: 6 }, 3 + Math.sqrt(3 * u)],
      // u·1 < 0.2: the first value
      [{ dist: 'discrete', values: [7, 8], weights: [0.2, 0.8] }, 7]
    ]
    for (const [spec, expected] of cases) {
      const stream = new CountingStream(42, 0)
      expect(samplerFor(spec)(stream)).toBe(expected)
      expect(stream.count).toBe(1)
    }
  })

  it('zero spread returns the constant and still consumes one uniform, so later leaves see the same numbers', () => {
    const degenerate: [DistributionSpec, number][] = [
      [{ dist: 'normal', mean: 3, sd: 0 }, 3],
      [{ dist: 'lognormal', median: 3, sdLog: 0 }, 3],
      [{ dist: 'uniform', min: 3, max: 3 }, 3],
      [{ dist: 'triangular', min: 3, mode: 3, max: 3 }, 3],
      [{ dist: 'pert', min: 3, mode: 3, max: 3 }, 3],
      [{ dist: 'discrete', values: [3], weights: [1] }, 3]
    ]
    for (const [spec, value] of degenerate) {
      const stream = new CountingStream(42, 7)
      expect(samplerFor(spec)(stream)).toBe(value)
      expect(stream.count).toBe(1)
    }
  })

  it('pert consumes a varying number of uniforms, about four, and the same number for the same draw', () => {
    const sampler = samplerFor({ dist: 'pert', min: 0.1, mode: 0.2, max: 0.5 })
    const stream = new CountingStream(42, 0)
    let total = 0
    for (let d = 0; d < 1000; d++) {
      stream.count = 0
      const x = sampler(stream.reset(42, d))
      const used = stream.count
      stream.count = 0
      expect(sampler(stream.reset(42, d))).toBe(x)
      expect(stream.count).toBe(used)
      total += used
    }
    // two Gammas, each one normal and one uniform per try, accepted ≥ 95% of the time
    expect(total / 1000).toBeGreaterThanOrEqual(4)
    expect(total / 1000).toBeLessThan(4.5)
  })

  it('bounded distributions stay within [min, max], also at the extreme uniforms 2⁻⁵³ and 1 − 2⁻⁵³', () => {
    const specs: { dist: 'uniform' | 'triangular' | 'pert'; min: number; mode: number; max: number }[] = [
      { dist: 'uniform', min: 0.1, mode: 0.2, max: 0.3 },
      { dist: 'triangular', min: 0.1, mode: 0.3, max: 0.3 },
      { dist: 'triangular', min: 0.1, mode: 0.1, max: 0.3 },
      { dist: 'pert', min: 0.1, mode: 0.25, max: 0.3 }
    ]
    for (const spec of specs) {
      if (spec.dist !== 'pert') {
        // a stream stuck at one uniform (a Gamma's rejection loop needs varying ones, so not pert)
        for (const u of [2 ** -53, 1 - 2 ** -53]) {
          const x = samplerFor(spec)(Object.assign(new DrawStream(1, 0), { next: () => u }))
          expect(x).toBeGreaterThanOrEqual(spec.min)
          expect(x).toBeLessThanOrEqual(spec.max)
        }
      }
      const xs = sample(spec, 9)
      expect(xs.every((x) => x >= spec.min && x <= spec.max)).toBe(true)
    }
  })

  it('discrete never returns a value of weight zero', () => {
    const xs = sample({ dist: 'discrete', values: [0, 1, 2, 3], weights: [0, 0.5, 0, 0.5] })
    expect(xs.every((x) => x === 1 || x === 3)).toBe(true)
  })

  it('refuses invalid parameters', () => {
    expect(() => samplerFor({ dist: 'normal', mean: 0, sd: -1 })).toThrow(SamplingError)
    expect(() => samplerFor({ dist: 'pert', min: 0, mode: 2, max: 1 })).toThrow('pert distribution: mode 2 is outside [0, 1]')
  })
})
