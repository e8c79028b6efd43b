import { describe, expect, it } from 'vitest'
import { InputError } from '../errors'
import { leverModel } from './lever-model'
import { solve } from './solve'
import { sweep } from './sweep'
import { tornado } from './tornado'

// No land block, no incumbent growth (e = 0), no inflation: output grows only through project
// investment, eq. M4 with ℓ = 1: Y(t) = Y(t−1) + P(t−1)/v, and P(t) = D (the attraction) for
// t ≥ 2006, P(2005) = base investment − base infrastructure = 50 − 10 = 40. So
//   Y(2010) = 100 + (40 + 4·D)/v,   linear in D.
const text = `id: closed-form
years: {base: 2005, end: 2010}
base: {gdp: 100, investment: 50, infrastructure: 10}
model:
  capital_output_ratio: 4
  gestation_years: 1
  incumbent_growth: 0
  expansion: 0
  attraction: 30
  infrastructure: 10
targets:
  - {id: gdp-2010, kind: level, series: gdp, year: 2010, min: 160}
  - {id: gdp-cap, kind: level, series: gdp, year: 2010, max: 1000}
levers:
  icor: {path: model.capital_output_ratio, low: 2, high: 8}
  attraction: {path: model.attraction, low: 0, high: 100}
  growth: {path: model.incumbent_growth, low: 0, high: 0.01}
`
const Y2010 = (D: number, v: number) => 100 + (40 + 4 * D) / v

describe('levers', () => {
  it('resolves each lever with its value in the scenario', () => {
    const m = leverModel(text, 'x.yaml')
    expect(m.levers.map((l) => [l.name, l.base, l.baseFrom])).toEqual([['icor', 4, 'scenario'], ['attraction', 30, 'scenario'], ['growth', 0, 'scenario']])
    m.evaluate()
    expect(m.run.value(0)).toBeCloseTo(Y2010(30, 4), 10) // 140
  })

  it('solve returns the attraction derived by hand: 100 + (40 + 4D)/4 = 160 ⇒ D = 50', () => {
    const r = solve(leverModel(text, 'x.yaml'), 'gdp-2010', 'attraction')
    expect(r.status).toBe('solved')
    expect(r.attained).toBe(true)
    // relative tolerance 1e-6 of the range (100) on the lever value
    expect(Math.abs(r.value! - 50)).toBeLessThanOrEqual(1e-6 * 100)
    expect(r.iterations).toBeLessThanOrEqual(60)
    expect(r.target_value).toBeGreaterThanOrEqual(160 - 1e-9 * 160)
  })

  it('solve for the ICOR: 100 + 160/v = 160 ⇒ v = 8/3, met below it', () => {
    const r = solve(leverModel(text, 'x.yaml'), 'gdp-2010', 'icor')
    expect(r.value!).toBeCloseTo(8 / 3, 5)
    expect(r.target_value!).toBeGreaterThanOrEqual(160 * (1 - 1e-9))
  })

  it('solve says when a target is met everywhere or nowhere in the range', () => {
    const m = leverModel(text, 'x.yaml')
    // Y(2010) ≤ 100 + 440/2 = 320 < 1000 everywhere
    expect(solve(m, 'gdp-cap', 'attraction')).toMatchObject({ status: 'met-everywhere', attained: true, value: null })
    // with e ∈ [0, 1%], Y(2010) ≤ 100·1.01⁵ + 160/4·(≤1.01⁴) < 160: never met; best at the high end
    const r = solve(m, 'gdp-2010', 'growth')
    expect(r).toMatchObject({ status: 'not-attainable', attained: false, value: null })
    expect(r.best!.value).toBe(0.01)
  })

  it('tornado: swings derived by hand, largest first', () => {
    const r = tornado(leverModel(text, 'x.yaml'), 'gdp-2010')
    expect(r.base).toBeCloseTo(140, 10)
    // attraction 0…100 at v = 4: 110 … 210, swing 100; icor 2…8 at D = 30: 180 … 120, swing 60
    expect(r.levers.map((l) => l.lever)).toEqual(['attraction', 'icor', 'growth'])
    expect(r.levers[0]!.value_low).toBeCloseTo(Y2010(0, 4), 10)
    expect(r.levers[0]!.value_high).toBeCloseTo(Y2010(100, 4), 10)
    expect(r.levers[0]!.swing).toBeCloseTo(100, 10)
    expect(r.levers[1]!.value_low).toBeCloseTo(Y2010(30, 2), 10)
    expect(r.levers[1]!.swing).toBeCloseTo(60, 10)
    expect([r.levers[1]!.met_low, r.levers[1]!.met_high]).toEqual([true, false])
  })

  it('sweep: the value rises with attraction and falls with the ICOR at every grid point', () => {
    const r = sweep(leverModel(text, 'x.yaml'), ['attraction', 'icor'], 6)
    expect(r.points).toHaveLength(36)
    const at = (i: number, j: number) => r.points[i * 6 + j]!.targets[0]!.value!
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 6; j++) {
        const [D, v] = r.points[i * 6 + j]!.values as [number, number]
        expect(at(i, j)).toBeCloseTo(Y2010(D, v), 9)
        if (i > 0) expect(at(i, j)).toBeGreaterThan(at(i - 1, j))
        if (j > 0) expect(at(i, j)).toBeLessThan(at(i, j - 1))
      }
    }
  })

  it('refuses an unknown lever or target with a did-you-mean, and a scenario without levers', () => {
    const m = leverModel(text, 'x.yaml')
    expect(() => sweep(m, ['atraction'])).toThrow(/no lever "atraction".*did you mean "attraction"/s)
    expect(() => tornado(m, 'gdp-201')).toThrow(/no target "gdp-201".*did you mean/s)
    expect(() => leverModel('id: x\nyears: {base: 2005, end: 2010}\n', 'x.yaml')).toThrow(InputError)
  })

  it('reports a lever range that does not fit its value at the lever', () => {
    const bad = text.replace('icor: {path: model.capital_output_ratio, low: 2, high: 8}', 'icor: {path: model.capital_output_ratio, low: -2, high: 8}')
    expect(() => leverModel(bad, 'x.yaml')).toThrow(/x\.yaml:\d+:\d+ levers\.icor: lever "icor" varies model\.capital_output_ratio/)
  })

  it('solves for a probability with common random numbers', () => {
    // with the growth shock σ, P(Y(2010) ≥ 160) rises with the attraction; at D = 50 the
    // deterministic path is exactly 160, so the level giving a 50% chance is near 50 (the shock
    // has mean 1 but its median exp(−σ²/2) < 1 pushes it a little above)
    const shocked = text.replace('  infrastructure: 10\n', '  infrastructure: 10\n  growth_shock_sd: 0.02\n')
    const r = solve(leverModel(shocked, 'x.yaml'), 'gdp-2010', 'attraction', { probability: { level: 0.5, draws: 2000, seed: 1 } })
    expect(r.status).toBe('solved')
    expect(r.value!).toBeGreaterThan(50)
    expect(r.value!).toBeLessThan(60)
    expect(r.target_value!).toBeGreaterThanOrEqual(0.5)
    expect(r.iterations).toBeLessThanOrEqual(60)
  })
})
