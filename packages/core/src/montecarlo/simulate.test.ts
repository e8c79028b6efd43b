import { describe, expect, it } from 'vitest'
import { normalCdf } from '../random/normal-cdf'
import { InputError } from '../errors'
import { loadScenario } from '../scenario/load-scenario'
import { combineParts, simulate, simulatePart } from './simulate'
import { SHOCK_ONLY_YEARS, shockOnlyScenario } from '../test-support/shock-only-scenario'

const seeds = [1, 2, 3, 20_260_101]

/** |estimate − exact| in standard errors; a correct estimator stays within 4 nearly always. */
function zScore(estimate: number, exact: number, draws: number): number {
  const se = Math.sqrt((exact * (1 - exact)) / draws)
  return Math.abs(estimate - exact) / se
}

describe('simulate against closed forms', () => {
  // (a) Output grows only through incumbent growth e with the shock σ (U2). No investment, so
  // ln(Y_T/Y_0) = n·ln(1+e) + Σε_t − n·σ²/2 with Σε_t ~ N(0, n·σ²). CAGR ≥ g over n years iff
  // ln(Y_T/Y_0) ≥ n·ln(1+g), so P = Φ((n·ln((1+e)/(1+g)) − n·σ²/2) / (σ·√n)).
  it('(a) P(CAGR ≥ g) under the growth shock alone', () => {
    const e = 0.08
    const g = 0.1
    const sigma = 0.05
    const n = SHOCK_ONLY_YEARS
    const text = shockOnlyScenario(e, sigma, g)
    const exact = normalCdf((n * Math.log((1 + e) / (1 + g)) - (n * sigma * sigma) / 2) / (sigma * Math.sqrt(n)))
    // exact = Φ(−0.87650) = 0.19038 (e = 8%, g = 10%, σ = 5%, n = 5; Python: 0.5·(1 + math.erf(x/√2)))
    expect(exact).toBeCloseTo(0.19038, 5)
    const draws = 20_000
    for (const seed of seeds) {
      const p = simulate(loadScenario(text, 'a.yaml'), { draws, seed }).targets[0]!.probability
      expect(zScore(p, exact, draws)).toBeLessThan(4)
    }
  })

  // (b) Constant project investment D = 40 a year (real: no inflation), ℓ = 1, e = 0, no shock,
  // base project investment 40: Y_2010 = 100 + (5 cohorts 2005…2009 of 40)/v = 100 + 200/v.
  // Y_2010 ≥ L iff v ≤ 200/(L − 100). With v ~ uniform(3, 6) and L = 150: v ≤ 4, P = (4 − 3)/3 = 1/3;
  // with v ~ triangular(3, 4, 6): F(4) = (4 − 3)²/((6 − 3)(4 − 3)) = 1/3 as well, so use L = 145:
  // v ≤ 200/45 = 4.444…, F = 1 − (6 − 4.444…)²/((6 − 3)(6 − 4)) = 1 − 2.4198/6 = 0.59671.
  it('(b) P(Y_T ≥ L) is the ICOR distribution’s CDF at 200/(L − 100)', () => {
    const scenario = (dist: string, level: number) => `id: b
years: {base: 2005, end: 2010}
base: {gdp: 100, investment: 40, infrastructure: 0}
model: {capital_output_ratio: ${dist}, attraction: 40, infrastructure: 0, gestation_years: 1}
targets:
  - {id: level, kind: level, series: gdp, year: 2010, min: ${level}}
`
    const cases: [string, number, number][] = [
      ['{dist: uniform, min: 3, max: 6}', 150, 1 / 3],
      ['{dist: triangular, min: 3, mode: 4, max: 6}', 145, 1 - Math.pow(6 - 200 / 45, 2) / 6]
    ]
    const draws = 20_000
    for (const [dist, level, exact] of cases) {
      for (const seed of seeds) {
        const p = simulate(loadScenario(scenario(dist, level), 'b.yaml'), { draws, seed }).targets[0]!.probability
        expect(zScore(p, exact, draws)).toBeLessThan(4)
      }
    }
  })
})

describe('simulate: reproducibility and output', () => {
  const text = `id: r
years: {base: 2005, end: 2008}
base: {gdp: 100, investment: 40, infrastructure: 0, fiscal_revenue: 10}
model: {capital_output_ratio: {dist: pert, min: 3, mode: 4, max: 6}, growth_shock_sd: 0.03, attraction: {dist: normal, mean: 40, sd: 5}}
targets:
  - {id: g, kind: cagr, series: gdp, from: 2005, to: 2008, min: 0.09}
`
  it('gives identical results for one seed, different ones for another', () => {
    const a = JSON.stringify(simulate(loadScenario(text, 'r.yaml'), { draws: 3000, seed: 9 }))
    const b = JSON.stringify(simulate(loadScenario(text, 'r.yaml'), { draws: 3000, seed: 9 }))
    const c = JSON.stringify(simulate(loadScenario(text, 'r.yaml'), { draws: 3000, seed: 10 }))
    expect(a).toBe(b)
    expect(a).not.toBe(c)
  })

  it('depends on the draw index only: the first 1000 of 3000 draws are a 1000-draw run', () => {
    const prefix = simulate(loadScenario(text, 'r.yaml'), { draws: 1000, seed: 9 })
    let count = 0
    const stopped = simulate(loadScenario(text, 'r.yaml'), { draws: 3000, seed: 9, progressEvery: 1000, shouldStop: () => ++count >= 1 })
    expect(stopped.stopped).toBe(true)
    expect(stopped.draws).toBe(1000)
    expect(JSON.stringify({ ...stopped, stopped: false })).toBe(JSON.stringify(prefix))
  })

  it('gives the same bytes however the draws are split into shares (threads)', () => {
    const s = loadScenario(text, 'r.yaml')
    // both quantile modes: 3000 draws are kept exactly; 60,000 draws × 72 cells (18 series × 4
    // years) = 4.32 million values pass the 4 million exact limit, so they are binned
    for (const draws of [3000, 60_000]) {
      const whole = JSON.stringify(simulate(s, { draws, seed: 4 }))
      const cut = Math.floor(draws / 3) + 17
      const parts = [simulatePart(s, { draws, seed: 4, from: cut, to: draws }), simulatePart(s, { draws, seed: 4, from: 0, to: cut })]
      expect(JSON.stringify(combineParts(parts))).toBe(whole)
    }
  })

  it('reports quantiles in order, per series and year, with the standard error of each probability', () => {
    const r = simulate(loadScenario(text, 'r.yaml'), { draws: 2000, seed: 1 })
    const q = r.quantiles.gdp!
    expect(r.years).toEqual([2005, 2006, 2007, 2008])
    for (let i = 0; i < 4; i++) {
      const row = [q.p5[i]!, q.p10[i]!, q.p25[i]!, q.p50[i]!, q.p75[i]!, q.p90[i]!, q.p95[i]!]
      expect([...row].sort((x, y) => x - y)).toEqual(row)
    }
    // the base year is observed: no spread
    expect(q.p5[0]).toBe(100)
    expect(q.p95[0]).toBe(100)
    const t = r.targets[0]!
    // U3: se = sqrt(p(1 − p)/N)
    expect(t.se).toBeCloseTo(Math.sqrt((t.probability * (1 - t.probability)) / 2000), 15)
    // land is not modelled here: its quantiles are null
    expect(r.quantiles.land_used!.p50.every((v) => v === null)).toBe(true)
  })

  it('rejects a bad draw count or seed with the option named', () => {
    const s = loadScenario(text, 'r.yaml')
    expect(() => simulate(s, { draws: 0, seed: 1 })).toThrow(InputError)
    expect(() => simulate(s, { draws: 1.5, seed: 1 })).toThrow(/--draws: 1.5 is not a positive whole number/)
    expect(() => simulate(s, { draws: 1e9, seed: 1 })).toThrow(/--draws/)
    expect(() => simulate(s, { draws: 10, seed: -1 })).toThrow(/--seed: -1 is not a seed/)
  })
})
