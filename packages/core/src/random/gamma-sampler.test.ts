import { describe, expect, it } from 'vitest'
import { DrawStream } from './draw-stream'
import { gammaSamplerFor } from './gamma-sampler'
import { SamplingError } from './sampling-error'

/** Draws per shape: 4 standard errors of the mean are then 1.3% of a standard deviation. */
const N = 100_000

describe('gammaSamplerFor (Marsaglia & Tsang)', () => {
  it('Gamma(α, 1) has mean α and variance α, for α below 1 (the boost), at 1 and above', () => {
    for (const shape of [0.5, 1, 2.5, 7]) {
      const sampler = gammaSamplerFor(shape)
      const stream = new DrawStream(42, 0)
      const xs = new Float64Array(N)
      for (let d = 0; d < N; d++) xs[d] = sampler(stream.reset(42, d))
      const mean = xs.reduce((a, b) => a + b, 0) / N
      const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (N - 1)
      // SE(mean) = √(α/N); SE(s²) = σ²·√((κ − 1)/N) with Gamma kurtosis κ = 3 + 6/α
      expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / N))
      expect(Math.abs(variance - shape)).toBeLessThan(4 * shape * Math.sqrt((2 + 6 / shape) / N))
      expect(xs.every((x) => x > 0)).toBe(true)
    }
  })

  it('Gamma(1) is the unit exponential: P(X > 1) = e⁻¹', () => {
    const sampler = gammaSamplerFor(1)
    const stream = new DrawStream(7, 0)
    let above = 0
    for (let d = 0; d < N; d++) if (sampler(stream.reset(7, d)) > 1) above++
    // binomial share, SE √(p(1 − p)/N) with p = e⁻¹
    const p = Math.exp(-1)
    expect(Math.abs(above / N - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N))
  })

  it('refuses shapes that are not positive and finite', () => {
    for (const bad of [0, -1, Infinity, Number.NaN]) expect(() => gammaSamplerFor(bad)).toThrow(SamplingError)
    expect(() => gammaSamplerFor(0)).toThrow('gamma shape 0 is not a positive finite number')
  })
})
