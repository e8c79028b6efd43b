import { describe, expect, it } from 'vitest'
import { correlateRanks } from './correlate-ranks'
import { quantileFor } from './distribution-quantile'
import { DrawStream } from './draw-stream'
import { SamplingError } from './sampling-error'

/** Draws for the correlation checks: the sample correlation then has sd below 1/√N = 0.0071. */
const N = 20_000
/** Kolmogorov–Smirnov 1% critical value of √N·D for large N (asymptotic, 1.6276). */
const KS_CRITICAL_001 = 1.63

/** Spearman's rank correlation: Pearson's correlation of the ranks (no ties here). */
function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rank = (v: readonly number[]) => {
    const order = v.map((_, i) => i).sort((i, j) => v[i]! - v[j]!)
    const r = new Array<number>(v.length)
    order.forEach((i, k) => (r[i] = k))
    return r
  }
  const rx = rank(xs)
  const ry = rank(ys)
  const n = xs.length
  const mean = (n - 1) / 2
  let sxy = 0
  let sxx = 0
  for (let i = 0; i < n; i++) {
    sxy += (rx[i]! - mean) * (ry[i]! - mean)
    sxx += (rx[i]! - mean) ** 2
  }
  return sxy / sxx
}

/** N draws of the copula's uniforms, as one column per leaf. */
function columns(matrix: number[][], seed = 42): number[][] {
  const copula = correlateRanks(matrix)
  const stream = new DrawStream(seed, 0)
  const out = new Float64Array(copula.size)
  const cols = matrix.map(() => new Array<number>(N))
  for (let d = 0; d < N; d++) {
    copula.fill(stream.reset(seed, d), out)
    for (let i = 0; i < copula.size; i++) cols[i]![d] = out[i]!
  }
  return cols
}

describe('correlateRanks (Gaussian copula, MODEL.md U4)', () => {
  const target = [
    [1, 0.6, -0.3],
    [0.6, 1, 0.2],
    [-0.3, 0.2, 1]
  ]

  it('converts rank correlations to normal ones by r = 2·sin(π·ρ/6)', () => {
    const r = correlateRanks(target).normalCorrelation
    // 2·sin(0.1π) = 0.6180339887498948 (2·sin 18° = (√5 − 1)/2, the golden ratio's inverse)
    expect(r[0]![1]).toBeCloseTo((Math.sqrt(5) - 1) / 2, 15)
    // Pearson's inverse ρ = (6/π)·asin(r/2) gives the targets back
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect((6 / Math.PI) * Math.asin(r[i]![j]! / 2)).toBeCloseTo(target[i]![j]!, 14)
  })

  it('gives uniforms whose Spearman correlations are the targets, within 4/√N', () => {
    const cols = columns(target)
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) expect(Math.abs(spearman(cols[i]!, cols[j]!) - target[i]![j]!)).toBeLessThan(4 / Math.sqrt(N))
    }
  })

  it('keeps each marginal uniform on (0, 1): KS below the 1% critical value', () => {
    for (const col of columns(target, 7)) {
      const sorted = [...col].sort((a, b) => a - b)
      let d = 0
      sorted.forEach((u, k) => (d = Math.max(d, (k + 1) / N - u, u - k / N)))
      expect(Math.sqrt(N) * d).toBeLessThan(KS_CRITICAL_001)
      expect(sorted[0]).toBeGreaterThan(0)
      expect(sorted[N - 1]).toBeLessThan(1)
    }
  })

  it('rank correlation survives each leaf applying its own inverse CDF', () => {
    const [u, v] = columns([
      [1, 0.5],
      [0.5, 1]
    ])
    const tri = quantileFor({ dist: 'triangular', min: 3, mode: 4, max: 6 })
    const logn = quantileFor({ dist: 'lognormal', median: 2, sdLog: 0.4 })
    // quantiles are increasing, so ranks, and Spearman's ρ, are exactly those of the uniforms
    expect(spearman(u!.map(tri), v!.map(logn))).toBeCloseTo(spearman(u!, v!), 12)
  })

  it('consumes exactly `size` uniforms per draw and is reproducible', () => {
    const copula = correlateRanks(target)
    const a = copula.fill(new DrawStream(5, 9), new Float64Array(3))
    const stream = new DrawStream(5, 9)
    const b = copula.fill(stream, new Float64Array(3))
    expect(b).toEqual(a)
    // after three uniforms the stream is where a fresh one is after three
    const fresh = new DrawStream(5, 9)
    for (let i = 0; i < 3; i++) fresh.next()
    expect(stream.next()).toBe(fresh.next())
  })

  it('identity matrix: the uniforms are Φ(Φ⁻¹(u)) of the stream, i.e. the stream itself to 1e-15', () => {
    const out = correlateRanks([
      [1, 0],
      [0, 1]
    ]).fill(new DrawStream(42, 0), new Float64Array(2))
    // the first two uniforms of (42, 0) (draw-stream golden values)
    expect(out[0]).toBeCloseTo(0.040112417597624295, 15)
    expect(out[1]).toBeCloseTo(0.95733926115370394, 15)
  })

  it('refuses a matrix that is not positive definite, naming it', () => {
    // a~b and b~c at 0.9 but a~c at −0.9: r = 0.908 each, det = 1 − 2·0.908³ − 3·0.908² < 0
    const contradictory = [
      [1, 0.9, -0.9],
      [0.9, 1, 0.9],
      [-0.9, 0.9, 1]
    ]
    expect(() => correlateRanks(contradictory, 'correlations in x.yaml')).toThrow(SamplingError)
    expect(() => correlateRanks(contradictory, 'correlations in x.yaml')).toThrow(/^correlations in x\.yaml is not positive definite: leaf 3/)
    // perfect correlation between two leaves: singular, so refused, with its own message
    expect(() =>
      correlateRanks([
        [1, 1],
        [1, 1]
      ])
    ).toThrow('rank correlation matrix[1][2] is 1: two leaves perfectly rank-correlated')
    // nearly perfect: pivot 1 − r² with r = 2·sin(π·(1 − 1e-9)/6) is 1.8e-9 (π/√3·1e-9), above 1e-12: accepted
    expect(() =>
      correlateRanks([
        [1, 1 - 1e-9],
        [1 - 1e-9, 1]
      ])
    ).not.toThrow()
  })

  it('refuses matrices of the wrong shape or with impossible entries', () => {
    expect(() => correlateRanks([])).toThrow('rank correlation matrix is empty')
    expect(() => correlateRanks([[1, 0], [0]])).toThrow('rank correlation matrix: row 2 has 1 entries, not 2')
    expect(() =>
      correlateRanks([
        [1, 1.5],
        [1.5, 1]
      ])
    ).toThrow('rank correlation matrix[1][2] 1.5 is not a correlation in [-1, 1]')
    expect(() =>
      correlateRanks([
        [0.9, 0],
        [0, 1]
      ])
    ).toThrow('rank correlation matrix[1][1] is 0.9, not 1')
    expect(() =>
      correlateRanks([
        [1, 0.2],
        [0.3, 1]
      ])
    ).toThrow('rank correlation matrix is not symmetric: [2][1] is 0.3 but [1][2] is 0.2')
    expect(() => correlateRanks([[1]]).fill(new DrawStream(1, 0), new Float64Array(0))).toThrow('output has room for 0 uniforms, not 1')
  })
})
