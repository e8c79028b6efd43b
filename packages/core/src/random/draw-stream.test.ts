import { describe, expect, it } from 'vitest'
import { MAX_SEED } from './check-seed'
import { DrawStream, MAX_DRAW } from './draw-stream'
import { SamplingError } from './sampling-error'

/** Streams per statistical test: enough for 4/√N = 0.013 resolution, under 0.1 s. */
const N = 100_000
/** χ² with 19 degrees of freedom exceeds this with probability 0.001 (scipy: chi2.ppf(0.999, 19) = 43.8202). */
const CHI2_19_CRITICAL_0001 = 43.82
const BINS = 20

/** The first `count` outputs of `next()` for (seed, draw). */
function firstUniforms(seed: number, draw: number, count: number): number[] {
  const s = new DrawStream(seed, draw)
  return Array.from({ length: count }, () => s.next())
}

/** Pearson's χ² of uniforms against 20 equal bins. */
function chiSquare(us: readonly number[]): number {
  const counts = new Array<number>(BINS).fill(0)
  for (const u of us) counts[Math.floor(u * BINS)]!++
  const expected = us.length / BINS
  return counts.reduce((acc, c) => acc + (c - expected) ** 2 / expected, 0)
}

/** Pearson's sample correlation of two equally long samples. */
function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = ys.reduce((a, b) => a + b, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my)
    sxx += (xs[i]! - mx) ** 2
    syy += (ys[i]! - my) ** 2
  }
  return sxy / Math.sqrt(sxx * syy)
}

/** Number of set bits in a 32-bit word. */
function popcount(x: number): number {
  let c = 0
  for (let v = x >>> 0; v !== 0; v >>>= 1) c += v & 1
  return c
}

describe('DrawStream: reproducibility', () => {
  it('golden values for (seed 42, draw 0): a change to the generator that alters results is caught', () => {
    // Golden values of THIS implementation, not an external reference. They agree with an
    // independent C transcription (Vigna's xoshiro128starstar.c next() verbatim, murmur3 fmix32,
    // the same Feistel seeding and 4-output warm-up, genrand_res53-style doubles) compiled with
    // gcc 12 -O2 and printed with %u and %.17g.
    const raw = new DrawStream(42, 0)
    expect(Array.from({ length: 5 }, () => raw.nextUint32())).toEqual([172281526, 2381732674, 4111740814, 2393365397, 2197019389])
    expect(firstUniforms(42, 0, 5)).toEqual([0.040112417597624295, 0.95733926115370394, 0.51153343230799442, 0.11735492601318132, 0.98354889930615963])
  })

  it('golden values at the corners of the domain: seed 0 draw 0 and the largest seed and draw', () => {
    // same C program: ./ref 0 0 and ./ref 4294967295 2147483648
    expect(firstUniforms(0, 0, 3)).toEqual([0.42800699900909556, 0.085377083801413511, 0.94678870039659879])
    expect(firstUniforms(MAX_SEED, MAX_DRAW, 3)).toEqual([0.8209636592120273, 0.26464799728669985, 0.69278889025473689])
  })

  it('the same (seed, draw) gives the same sequence; reset gives what a fresh stream gives', () => {
    const a = firstUniforms(7, 123, 50)
    expect(firstUniforms(7, 123, 50)).toEqual(a)
    const reused = new DrawStream(99, 5)
    for (let i = 0; i < 17; i++) reused.next()
    reused.reset(7, 123)
    expect(Array.from({ length: 50 }, () => reused.next())).toEqual(a)
    expect([reused.seed, reused.draw]).toEqual([7, 123])
  })

  it('results do not depend on how draws are divided among workers or in which order they run', () => {
    const draws = 1000
    const inOrder = Array.from({ length: draws }, (_, d) => firstUniforms(2024, d, 3))
    // two "workers" take even and odd draws, each with one reused stream, the odd one backwards
    const split: number[][] = new Array(draws)
    const even = new DrawStream(2024, 0)
    const odd = new DrawStream(2024, 1)
    for (let d = 0; d < draws; d += 2) split[d] = [even.reset(2024, d).next(), even.next(), even.next()]
    for (let d = draws - 1; d >= 1; d -= 2) split[d] = [odd.reset(2024, d).next(), odd.next(), odd.next()]
    expect(split).toEqual(inOrder)
  })

  it('different seeds and different draws give different streams', () => {
    const first = new Set<number>()
    for (let seed = 0; seed < 30; seed++) for (let draw = 0; draw < 30; draw++) first.add(new DrawStream(seed, draw).next())
    // 900 distinct (seed, draw) pairs; a collision among 900 53-bit values has probability ~ 900²/2⁵⁴
    expect(first.size).toBe(900)
  })
})

describe('DrawStream: output range', () => {
  it('next() is in the open interval (0, 1) and uses 53 bits', () => {
    const s = new DrawStream(1, 0)
    let min = 1
    let max = 0
    let oddMultiples = 0
    for (let i = 0; i < N; i++) {
      const u = s.next()
      min = Math.min(min, u)
      max = Math.max(max, u)
      // u·2⁵³ is an integer; it is odd half the time only if the lowest of the 53 bits is random
      if ((u * 2 ** 53) % 2 === 1) oddMultiples++
    }
    expect(min).toBeGreaterThan(0)
    expect(max).toBeLessThan(1)
    // binomial(N, ½): sd √N/2 = 158; 4 sd = 632
    expect(Math.abs(oddMultiples - N / 2)).toBeLessThan(632)
  })

  it('nextUint32() is an unsigned 32-bit integer', () => {
    const s = new DrawStream(3, 3)
    for (let i = 0; i < 1000; i++) {
      const x = s.nextUint32()
      expect(Number.isInteger(x) && x >= 0 && x <= 0xffff_ffff).toBe(true)
    }
  })
})

describe('DrawStream: independence sanity', () => {
  it('the first uniforms of streams (seed, 0 … N−1) pass a χ² test of uniformity (20 bins)', () => {
    const us = Array.from({ length: N }, (_, d) => new DrawStream(42, d).next())
    expect(chiSquare(us)).toBeLessThan(CHI2_19_CRITICAL_0001)
  })

  it('the uniforms within one stream pass the same χ² test', () => {
    expect(chiSquare(firstUniforms(42, 0, N))).toBeLessThan(CHI2_19_CRITICAL_0001)
  })

  it('first uniforms of consecutive draws, and of consecutive seeds, are uncorrelated within 4/√N', () => {
    const byDraw = Array.from({ length: N + 1 }, (_, d) => new DrawStream(42, d).next())
    // under independence the sample correlation has sd 1/√N
    expect(Math.abs(correlation(byDraw.slice(0, N), byDraw.slice(1)))).toBeLessThan(4 / Math.sqrt(N))
    const bySeed = Array.from({ length: N + 1 }, (_, seed) => new DrawStream(seed, 0).next())
    expect(Math.abs(correlation(bySeed.slice(0, N), bySeed.slice(1)))).toBeLessThan(4 / Math.sqrt(N))
  })

  it('changing the draw or the seed by one flips half the bits of the first output (avalanche)', () => {
    const pairs = 10_000
    let byDraw = 0
    let bySeed = 0
    for (let i = 0; i < pairs; i++) {
      byDraw += popcount(new DrawStream(5, i).nextUint32() ^ new DrawStream(5, i + 1).nextUint32())
      bySeed += popcount(new DrawStream(i, 5).nextUint32() ^ new DrawStream(i + 1, 5).nextUint32())
    }
    // independent words: popcount of the xor ~ binomial(32, ½), mean 16, sd √8; the mean of
    // 10 000 has sd √8/100 = 0.028, 4 sd = 0.113
    expect(Math.abs(byDraw / pairs - 16)).toBeLessThan(0.113)
    expect(Math.abs(bySeed / pairs - 16)).toBeLessThan(0.113)
  })
})

describe('DrawStream: input checks', () => {
  it('refuses seeds and draw indices out of range or not integers', () => {
    expect(() => new DrawStream(-1, 0)).toThrow(SamplingError)
    expect(() => new DrawStream(2 ** 32, 0)).toThrow('seed 4294967296 is not an unsigned 32-bit integer')
    expect(() => new DrawStream(1.5, 0)).toThrow(SamplingError)
    expect(() => new DrawStream(1, -1)).toThrow('draw index -1 is not an integer in 0 … 2147483648')
    expect(() => new DrawStream(1, MAX_DRAW + 1)).toThrow(SamplingError)
    expect(() => new DrawStream(1, 0).reset(1, 0.5)).toThrow(SamplingError)
    expect(() => new DrawStream(1, Number.NaN)).toThrow(SamplingError)
  })
})
