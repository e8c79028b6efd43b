import { describe, expect, it } from 'vitest'
import { scenarioPaths } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { modelParams } from './model-params'
import { modelPath } from './model-path'

/** The model parameters of scenario text. */
function params(yaml: string) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  return modelParams(s, scenarioPaths(s))
}
const run = (yaml: string) => modelPath(params(yaml))
const years = (end: number) => `id: t\nyears: {base: 2005, end: ${end}}\n`
const expectClose = (actual: ArrayLike<number>, expected: number[], digits = 9) => {
  expect(actual.length).toBe(expected.length)
  expected.forEach((x, i) => expect(actual[i], `index ${i}`).toBeCloseTo(x, digits))
}

// Constant attraction D = 40, base project investment P(t0) = 30 − 10 = 20, S = 10 flat, v = 4.
const constantD = (end: number, extra = '') =>
  `${years(end)}base: {gdp: 100, fiscal_revenue: 10, investment: 30, infrastructure: 10}\nmodel: {capital_output_ratio: 4, attraction: 40${extra}}\n`

describe('model path, closed forms (MODEL.md §2)', () => {
  it('(a) no land, e = 0, constant D, no inflation, ℓ = 1: Y(t0+k) = Y(t0) + (P(t0) + (k−1)·D)/v', () => {
    // M4 with ℓ = 1 reads last year's real investment:
    //   Y(t0+1) = Y(t0) + P_real(t0)/v, and P(t0) is base project investment (20), not D;
    //   Y(t0+k) = Y(t0+k−1) + P_real(t0+k−1)/v = Y(t0+k−1) + D/v for k ≥ 2 (M2 without land: P = D, p = 1).
    // Summing: Y(t0+k) = Y(t0) + (P(t0) + (k−1)·D)/v. Here 100 + (20 + (k−1)·40)/4 = 105 + 10·(k−1).
    const y = run(constantD(2015))
    const closed = Array.from({ length: 11 }, (_, k) => (k === 0 ? 100 : 100 + (20 + (k - 1) * 40) / 4))
    expectClose(y.gdp, closed, 9)
    expect(Array.from(y.gdp.slice(0, 4))).toEqual([100, 105, 115, 125])
    // M2: P = D after t0; M2b: I = P + S
    expect(Array.from(y.project_investment)).toEqual([20, ...Array(10).fill(40)])
    expect(Array.from(y.investment)).toEqual([30, ...Array(10).fill(50)])
    // no land block: no land series
    expect(y.land_serviced.every(Number.isNaN)).toBe(true)
  })

  it('base-year investment is the observed one even when P(t0) + S(t0) does not add up to it (§2)', () => {
    // base investment 30, base project investment 25, infrastructure 6: the model path's I(t0) is the
    // observed 30 (§2: "base-year values are the observed ones"), not P(t0) + S(t0) = 31 (M2b holds
    // from t0+1); P(t0) stays 25, the value M2 and M4 use.
    const y = run(`${years(2007)}base: {gdp: 100, investment: 30, project_investment: 25, infrastructure: 6}\nmodel: {capital_output_ratio: 4, attraction: 40}\n`)
    expect(y.investment[0]).toBe(30)
    expect(y.project_investment[0]).toBe(25)
    // infrastructure above investment: P(t0) = max(0, 10 − 12) = 0 (M2), I(t0) still the observed 10
    const clamped = run(`${years(2007)}base: {gdp: 100, investment: 10, infrastructure: 12}\nmodel: {capital_output_ratio: 4, attraction: 40}\n`)
    expect([clamped.investment[0], clamped.project_investment[0]]).toEqual([10, 0])
  })

  it('(a) ℓ = 0: Y(t0+k) = Y(t0) + k·D/v (the base year’s investment never produces on the path)', () => {
    // M4 with ℓ = 0: Y(t) = Y(t−1) + P_real(t)/v = Y(t−1) + 10
    expectClose(run(constantD(2010, ', gestation_years: 0')).gdp, [100, 110, 120, 130, 140, 150])
  })

  it('(a) ℓ = 2: the two first years produce from P(t0−1) = P(t0) and P(t0)', () => {
    // Y(t0+1) = Y(t0) + P(t0−1)/v; with no history P(t0−1) = P(t0) = 20 (M2): 105
    // Y(t0+2) = 105 + P(t0)/v = 110; then + D/v = 10 a year: 120, 130
    expectClose(run(constantD(2009, ', gestation_years: 2')).gdp, [100, 105, 110, 120, 130])
  })

  it('(a) ℓ = 2 with history: P(t0−1) is the observed project investment', () => {
    // P(2004) = 8: Y(2006) = 100 + 8/4 = 102; Y(2007) = 102 + 20/4 = 107; Y(2008) = 107 + 10 = 117
    const y = run(`${constantD(2008, ', gestation_years: 2')}history: {project_investment: {2004: 8}}\n`)
    expectClose(y.gdp, [100, 102, 107, 117])
  })

  it('(a) incumbents grow at e and expansion adds X(t)', () => {
    // e = 0.1, X = 2, ℓ = 1: Y(2006) = 1.1·100 + 20/4 + 2 = 117; Y(2007) = 1.1·117 + 40/4 + 2 = 140.7
    expectClose(run(constantD(2007, ', incumbent_growth: 0.1, expansion: 2')).gdp, [100, 117, 140.7])
  })

  it('(b) with inflation π, real investment is D/p(t)', () => {
    // π = 0.25: p = 1, 1.25, 1.5625. D = 50 nominal, v = 5, P(t0) = 25, ℓ = 1.
    // Y(2006) = 100 + 25/5 = 105
    // Y(2007) = 105 + (50/1.25)/5 = 105 + 8 = 113
    // Y(2008) = 113 + (50/1.5625)/5 = 113 + 32/5 = 119.4
    const y = run(`${years(2008)}inflation: 0.25\nbase: {gdp: 100, project_investment: 25}\nmodel: {capital_output_ratio: 5, attraction: 50, infrastructure: 0}\n`)
    expectClose(y.gdp, [100, 105, 113, 119.4])
    // P stays nominal: D = 50 each year after t0
    expect(Array.from(y.project_investment)).toEqual([25, 50, 50, 50])
  })

  it('(b) closed form over ten years: Y(t0+k) = Y(t0) + (P(t0) + D·Σ_{j=1}^{k−1} (1+π)^−j)/v', () => {
    // Σ_{j=1}^{k−1} q^j = q·(1 − q^(k−1))/(1 − q), q = 1/(1+π)
    const pi = 0.07
    const q = 1 / (1 + pi)
    const y = run(`${years(2015)}inflation: ${pi}\nbase: {gdp: 100, project_investment: 25}\nmodel: {capital_output_ratio: 5, attraction: 50, infrastructure: 0}\n`)
    const closed = Array.from({ length: 11 }, (_, k) => (k === 0 ? 100 : 100 + (25 + (50 * q * (1 - q ** (k - 1))) / (1 - q)) / 5))
    expectClose(y.gdp, closed, 9)
  })

  it('(c) land binding: P(t) = κ·p·(A(t) − U(t−1)) when demand exceeds it; A reaches A_max', () => {
    // A_max 10, A(t0) 3, U(t0) 2; c = 2, κ = 10, S = 4, D = 40; no inflation.
    //        A = min(10, A + 4/2)   P = min(40, 10·(A − U))   U = U + P/10
    // 2006   5                      min(40, 30) = 30          5
    // 2007   7                      min(40, 20) = 20          7
    // 2008   9                      20                        9
    // 2009   min(10, 11) = 10       10                        10
    // 2010   10                     0                         10
    const y = run(
      `${years(2010)}base: {gdp: 100, project_investment: 30}\nmodel: {capital_output_ratio: 4, attraction: 40, infrastructure: 4, land: {planned: 10, serviced: 3, used: 2}, servicing_cost: 2, investment_intensity: 10}\n`
    )
    expectClose(y.land_serviced, [3, 5, 7, 9, 10, 10])
    expectClose(y.project_investment, [30, 30, 20, 20, 10, 0])
    expectClose(y.land_used, [2, 5, 7, 9, 10, 10])
    // M4, ℓ = 1: Y = 100, +30/4, +30/4, +20/4, +20/4, +10/4
    expectClose(y.gdp, [100, 107.5, 115, 120, 125, 127.5])
    for (let i = 0; i < 6; i++) {
      expect(y.land_used[i]).toBeLessThanOrEqual(y.land_serviced[i]! + 1e-12)
      expect(y.land_serviced[i]).toBeLessThanOrEqual(10)
    }
  })

  it('(c) land binding with inflation: servicing and intensity scale with p', () => {
    // π = 0.25, S = 5 nominal, c = 2, κ = 10, D = 40
    // 2006, p = 1.25:   A = 3 + 5/(2·1.25) = 5;   P = min(40, 10·1.25·(5 − 2)) = 37.5;   U = 2 + 37.5/12.5 = 5
    // 2007, p = 1.5625: A = 5 + 5/3.125 = 6.6;    P = min(40, 10·1.5625·1.6) = 25;        U = 5 + 25/15.625 = 6.6
    const y = run(
      `${years(2007)}inflation: 0.25\nbase: {gdp: 100, project_investment: 30}\nmodel: {attraction: 40, infrastructure: 5, land: {planned: 10, serviced: 3, used: 2}, servicing_cost: 2, investment_intensity: 10}\n`
    )
    expectClose(y.land_serviced, [3, 5, 6.6])
    expectClose(y.project_investment, [30, 37.5, 25])
    expectClose(y.land_used, [2, 5, 6.6])
  })

  it('(c) demand below the land limit is realised in full', () => {
    // A_max 100, A = 50 + 4/2 = 52; capacity 10·(52 − 2) = 500 ≫ D = 40: P = 40, U = 2 + 4 = 6
    const y = run(`${years(2006)}base: {gdp: 100}\nmodel: {attraction: 40, infrastructure: 4, land: {planned: 100, serviced: 50, used: 2}, servicing_cost: 2, investment_intensity: 10}\n`)
    expect(y.project_investment[1]).toBe(40)
    expectClose(y.land_used, [2, 6])
  })

  it('(d) a tax holiday f = 2, m = 3, half 0.5 relieves one cohort: 10, 10, 5, 5, 5, 0', () => {
    // attraction {2006: 40, 2007: 0}: D = 40 in 2006 only (0 after); the base year (P = 20) is not a cohort.
    // The 2006 cohort's output 40/4 = 10 produces from 2007 (ℓ = 1): k = t − 2006 − 1.
    //   2006: no cohort yet (c ≤ t − ℓ = 2005) → 0
    //   2007 k=0, 2008 k=1: free → 10;  2009–2011 k=2..4: half → 5;  2012 k=5 → 0
    const yaml = (eta: string) =>
      `${years(2012)}base: {gdp: 100, fiscal_revenue: 10, project_investment: 20}\nmodel: {attraction: {2006: 40, 2007: 0}, tax: {holiday: {free_years: 2, half_years: 3, half_rate: 0.5${eta}}}}\n`
    const y = run(yaml(''))
    expectClose(y.relieved_output, [0, 0, 10, 10, 5, 5, 5, 0])
    // Y: 100, 100 + 20/4 = 105, 105 + 40/4 = 115, then flat (D = 0)
    expectClose(y.gdp, [100, 105, 115, 115, 115, 115, 115, 115])
    // M7, β = 1, p = 1: R = 10·(Y − H)/100
    expectClose(y.fiscal_revenue, [10, 10.5, 10.5, 10.5, 11, 11, 11, 11.5])
    // η = 0.6 relieves 60% of it: 6, 6, 3, 3, 3, 0
    expectClose(run(yaml(', eligible_share: 0.6')).relieved_output, [0, 0, 6, 6, 3, 3, 3, 0])
  })

  it('(e) revenue is proportional to nominal output with β = 1 and no holiday', () => {
    // M7: R(t) = R(t0)·p(t)·Y(t)/Y(t0); π = 0.1, p = 1.1^k; Y as in (a): 100, 105, 115, 125
    const y = run(`${constantD(2008)}inflation: 0.1\n`)
    // real D = 40/p: Y(2007) = 105 + 40/1.1/4, Y(2008) = Y(2007) + 40/1.21/4
    const Y = [100, 105, 105 + 10 / 1.1, 105 + 10 / 1.1 + 10 / 1.21]
    const p = [1, 1.1, 1.21, 1.331]
    expectClose(y.gdp, Y)
    expectClose(
      y.fiscal_revenue,
      Y.map((x, i) => (10 * p[i]! * x) / 100)
    )
    // 2006 by hand: 10·1.1·105/100 = 11.55
    expect(y.fiscal_revenue[1]).toBeCloseTo(11.55, 12)
  })

  it('(e) buoyancy β bends revenue: R = R(t0)·(p·Y/Y(t0))^β', () => {
    // β = 2, p = 1: 2006: 10·1.05² = 11.025; 2007: 10·1.15² = 13.225
    const y = run(constantD(2007).replace('attraction: 40', 'attraction: 40, tax: {buoyancy: 2}'))
    expectClose(y.fiscal_revenue, [10, 11.025, 13.225])
  })

  it('(f) debt recursion with budget share, land sales, grants and an interest subsidy', () => {
    // Debt(t0) 100, r = 0.06, σ_r = 0.5 → I = 0.03·Debt(t−1); S = 20, b = 0.2, q = 2, G = 1.
    // Land: A_max 100, A(t0) 50, U(t0) 10, c = 1, κ = 10; D = 30 fits → ΔU = 3, Ls = 2·3 = 6 a year.
    // Y = 100 + 7.5k (P(t0) = D = 30, v = 4, ℓ = 1); R = 50·Y/100.
    // 2006: Y 107.5, R 53.75, I 3,        Debt = 100 + 20 + 3 − 10.75 − 6 − 1 = 105.25
    // 2007: Y 115,   R 57.5,  I 3.1575,   Debt = 105.25 + 20 + 3.1575 − 11.5 − 6 − 1 = 109.9075
    // 2008: Y 122.5, R 61.25, I 3.297225, Debt = 109.9075 + 20 + 3.297225 − 12.25 − 6 − 1 = 113.954725
    const y = run(
      `${years(2008)}base: {gdp: 100, fiscal_revenue: 50, project_investment: 30}\n` +
        'model: {attraction: 30, infrastructure: 20, land: {planned: 100, serviced: 50, used: 10}, servicing_cost: 1, investment_intensity: 10,\n' +
        '  finance: {debt: 100, interest_rate: 0.06, interest_subsidy: 0.5, budget_share: 0.2, land_price: 2, grants: 1}}\n'
    )
    expectClose(y.land_serviced, [50, 70, 90, 100])
    expectClose(y.land_used, [10, 13, 16, 19])
    expectClose(y.fiscal_revenue, [50, 53.75, 57.5, 61.25])
    expectClose(y.land_sales.slice(1), [6, 6, 6])
    expectClose(y.interest.slice(1), [3, 3.1575, 3.297225])
    expectClose(y.debt, [100, 105.25, 109.9075, 113.954725])
    // the base year has no interest or land sales of the model's own
    expect(y.interest[0]).toBeNaN()
    expect(y.land_sales[0]).toBeNaN()
  })

  it('(f) a surplus repays debt and debt stops at zero', () => {
    // Debt(t0) 10, r = 0.1, S = 2, grants {2006: 20, 2007: 0}:
    // 2006: 10 + 2 + 1 − 20 = −7 → 0;  2007: 0 + 2 + 0 − 0 = 2;  2008: 2 + 2 + 0.2 = 4.2
    const y = run(`${years(2008)}base: {gdp: 100}\nmodel: {infrastructure: 2, finance: {debt: 10, interest_rate: 0.1, grants: {2006: 20, 2007: 0}}}\n`)
    expectClose(y.debt, [10, 0, 2, 4.2])
  })

  it('(f) without base revenue and b = 0, debt is still computed', () => {
    // Debt(t) = Debt(t−1)·1.06 + 5: 0, 5, 10.3
    const y = run(`${years(2007)}base: {gdp: 100}\nmodel: {infrastructure: 5}\n`)
    expectClose(y.debt, [0, 5, 10.3])
    expect(y.fiscal_revenue[1]).toBeNaN()
  })

  it('(g) growth shocks multiply output and carry forward', () => {
    // U2: Y(t) ← Y(t)·shock(t). As in (a): Y(2006) = 105·1.1 = 115.5; Y(2007) = 115.5 + 40/4 = 125.5
    // (unshocked, from the shocked level); Y(2008) = (125.5 + 10)·0.9 = 121.95
    const y = modelPath(params(constantD(2008)), [1, 1.1, 1, 0.9])
    expectClose(y.gdp, [100, 115.5, 125.5, 121.95])
    // revenue follows the shocked output: 10·1.155 = 11.55
    expect(y.fiscal_revenue[1]).toBeCloseTo(11.55, 12)
  })

  it('M5: industrial value added follows output with its share drifting', () => {
    // V = 40·(Y/100)·1.1^k: 2006: 40·1.05·1.1 = 46.2; 2007: 40·1.15·1.21 = 55.66
    const y = run(`${years(2007)}base: {gdp: 100, industrial_va: 40, project_investment: 20}\nmodel: {attraction: 40, industry_share_drift: 0.1}\n`)
    expectClose(y.industrial_va, [40, 46.2, 55.66])
  })

  it('has no output without base GDP', () => {
    const y = run(`${years(2007)}base: {investment: 30}\n`)
    expect(Array.from(y.gdp).every(Number.isNaN)).toBe(true)
    expect(Array.from(y.project_investment)).toEqual([30, 30, 30])
  })

  // MODEL.md §2: "base-year values are the observed ones", and M2: P(t0) is "base investment −
  // base infrastructure". Base infrastructure 2, base investment 30, and a model infrastructure
  // path of 5 (the modeller's S for the plan years): S(t0) = 2, P(t0) = 30 − 2 = 28, I(t0) = 30,
  // so Y(2006) = 100 + 28/4 = 107.
  it('keeps the observed base-year infrastructure and project investment when a model infrastructure path is given', () => {
    const y = run(`${years(2008)}base: {gdp: 100, investment: 30, infrastructure: 2}\nmodel: {infrastructure: 5}\n`)
    expect(y.investment[0]).toBe(30)
    expect(y.infrastructure[0]).toBe(2)
    expect(y.project_investment[0]).toBe(28)
    expect(y.gdp[1]).toBeCloseTo(107, 12)
})
})
