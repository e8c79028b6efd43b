import { describe, expect, it } from 'vitest'
import { modelParams } from '../model/model-params'
import { modelPath } from '../model/model-path'
import { scenarioPaths } from '../plan/scenario-paths'
import type { Values } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { requirements } from './requirements'

/** Requirements of scenario text, with the plan's own GDP and investment paths and `revenue`. */
function req(yaml: string, revenue?: Values) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  const paths = scenarioPaths(s)
  const m = modelParams(s, paths)
  return requirements(m, paths.plan.gdp!, paths.plan.investment, revenue ?? paths.years.map(() => null))!
}
const expectClose = (actual: readonly (number | null)[], expected: number[], digits = 9) => {
  expect(actual.length).toBe(expected.length)
  expected.forEach((x, i) => expect(actual[i], `index ${i}`).toBeCloseTo(x, digits))
}

// GDP 100 → 110 → 121 (+10% a year)
const tenPercent = (model: string) => `id: t\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100}\nplan: {gdp: {growth: 0.1}}\nmodel: {capital_output_ratio: 4${model}}\n`
// GDP +10 a year to 130 in 2008; land: A_max 10, A(t0) 4, U(t0) 2, c = 1.5, κ = 10
const linear = (model: string, land = '{planned: 10, serviced: 4, used: 2}') =>
  `id: t\nyears: {base: 2005, end: 2008}\nbase: {gdp: 100}\nplan: {gdp: {levels: {2006: 110, 2007: 120, 2008: 130}}}\n` +
  `model: {capital_output_ratio: 4, land: ${land}, servicing_cost: 1.5, investment_intensity: 10${model}}\n`

describe('requirements R1: P_req(t−ℓ) = v·(X(t) − (1+e)·X(t−1) − expansion(t))', () => {
  it('R1: ℓ = 1 puts each year’s requirement on the year before', () => {
    // P_req(2005) = 4·(110 − 100) = 40; P_req(2006) = 4·(121 − 110) = 44
    const r = req(tenPercent(''))
    expect(r.years).toEqual([2005, 2006])
    expectClose(r.project_investment_real, [40, 44])
    // after t0 only: the 2005 cohort is the base year's investment, already in place
    expect(r.project_investment_real_total).toBeCloseTo(44, 9)
  })

  it('R1: ℓ = 0 requires investment in the year itself', () => {
    const r = req(tenPercent(', gestation_years: 0'))
    expect(r.years).toEqual([2006, 2007])
    // 40 + 44 = 84
    expect(r.project_investment_real_total).toBeCloseTo(84, 9)
  })

  it('R1: incumbent growth and expansion lower the requirement', () => {
    // e = 0.02, expansion 1: 4·(110 − 102 − 1) = 28; 4·(121 − 1.02·110 − 1) = 4·7.8 = 31.2
    expectClose(req(tenPercent(', incumbent_growth: 0.02, expansion: 1')).project_investment_real, [28, 31.2])
  })

  it('R1: a fall in GDP requires negative investment, which the total does not count', () => {
    // ℓ = 0: 4·(90 − 100) = −40; 4·(100 − 90) = 40; total max(0, ·) = 40
    const r = req('id: t\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100}\nplan: {gdp: {levels: {2006: 90, 2007: 100}}}\nmodel: {gestation_years: 0}\n')
    expectClose(r.project_investment_real, [-40, 40])
    expect(r.project_investment_real_total).toBe(40)
  })

  it('R1: nothing without a complete plan GDP path', () => {
    const s = realiseScenario(loadScenario('id: t\nyears: {base: 2005, end: 2007}\nbase: {investment: 1}\n', 'x.yaml'))
    const paths = scenarioPaths(s)
    expect(requirements(modelParams(s, paths), [null, 110, 121], undefined, [null, null, null])).toBeNull()
  })
})

describe('requirements: the base year’s cohort', () => {
  const cohort = (model: string) => {
    const s = realiseScenario(loadScenario(`id: t\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100, project_investment: 30}\nplan: {gdp: {growth: 0.1}}\nmodel: {capital_output_ratio: 4${model}}\n`, 'x.yaml'))
    const paths = scenarioPaths(s)
    const m = modelParams(s, paths)
    const y = modelPath(m)
    return requirements(m, paths.plan.gdp!, undefined, Array.from(y.fiscal_revenue), Array.from(y.project_investment))!.base_cohort
  }

  it('with ℓ = 1, compares what 2006’s growth needed of 2005 with what 2005 invested', () => {
    // required 4·(110 − 100) = 40; made: base project investment 30
    const c = cohort('')
    expect(c).toMatchObject({ year: 2005, made: 30 })
    expect(c!.required).toBeCloseTo(40, 9)
  })

  it('is absent without a gestation lag (no cohort in the base year)', () => {
    expect(cohort(', gestation_years: 0')).toBeNull()
  })
})

describe('requirements R2: land needed against land available', () => {
  it('R2: land needed Σ P_req/κ against A_max − U(t0), and the year it runs out', () => {
    // ℓ = 0: P_req = 40 in 2006, 2007, 2008 → 4 km² a year; cumulative 4, 8, 12 against 10 − 2 = 8
    const r = req(linear(', gestation_years: 0'))
    expect(r.land_needed_km2).toBeCloseTo(12, 9)
    expect(r.land_available_km2).toBe(8)
    // 12 > 8 first in 2008 (8 is not more than 8 in 2007)
    expect(r.land_runs_out_year).toBe(2008)
  })

  it('R2: land running out mid-plan', () => {
    // A_max 7: available 5; cumulative 4, 8 → runs out in 2007
    const r = req(linear(', gestation_years: 0', '{planned: 7, serviced: 4, used: 2}'))
    expect(r.land_available_km2).toBe(5)
    expect(r.land_runs_out_year).toBe(2007)
  })

  it('R2: ℓ = 1 counts cohorts 2006–2007 only: exactly the land available, so it never runs out', () => {
    // cohorts 2005 (base year, on U(t0)), 2006, 2007: (40 + 40)/10 = 8 = available
    const r = req(linear(''))
    expect(r.years).toEqual([2005, 2006, 2007])
    expect(r.land_needed_km2).toBeCloseTo(8, 9)
    expect(r.land_runs_out_year).toBeNull()
  })

  it('R2: no land block, no land requirement', () => {
    const r = req(tenPercent(''))
    expect(r).toMatchObject({ land_needed_km2: null, land_available_km2: null, land_runs_out_year: null, servicing_needed_real: null, debt_required: [], debt_ratio_required_peak: null })
  })
})

describe('requirements R3: servicing beyond A(t0)', () => {
  it('R3: max(0, U(t0) + land needed − A(t0))·c', () => {
    // ℓ = 0: (2 + 12 − 4)·1.5 = 15
    expect(req(linear(', gestation_years: 0')).servicing_needed_real).toBeCloseTo(15, 9)
    // A(t0) = 10 of A_max 20: (2 + 12 − 10)·1.5 = 6
    expect(req(linear(', gestation_years: 0', '{planned: 20, serviced: 10, used: 2}')).servicing_needed_real).toBeCloseTo(6, 9)
    // A(t0) = 20: 2 + 12 − 20 < 0 → nothing to service
    expect(req(linear(', gestation_years: 0', '{planned: 20, serviced: 20, used: 2}')).servicing_needed_real).toBe(0)
  })

  it('R3: planned infrastructure in base-year money, Σ_{t>t0} S(t)/p(t)', () => {
    // S = 5, π = 0.25: 5/1.25 + 5/1.5625 + 5/1.953125 = 4 + 3.2 + 2.56 = 9.76
    const r = req(linear(', infrastructure: 5') + 'inflation: 0.25\n')
    expect(r.infrastructure_planned_real).toBeCloseTo(9.76, 9)
  })
})

describe('requirements R4: implied ICOR with the gestation lag', () => {
  // investment 50 (base), 60, 70, 80; GDP 100 → 130
  const icor = (model: string, extra = '') =>
    req(
      'id: t\nyears: {base: 2005, end: 2008}\nbase: {gdp: 100, investment: 50}\n' +
        `plan: {gdp: {levels: {2006: 110, 2007: 120, 2008: 130}}, investment: {levels: {2006: 60, 2007: 70, 2008: 80}}}\nmodel: {capital_output_ratio: 4${model}}\n${extra}`
    ).implied_icor

  it('R4: ℓ = 1 includes the base year’s investment: Σ_{2005}^{2007} I / (X(2008) − X(2005))', () => {
    // (50 + 60 + 70)/30 = 6
    expect(icor('')).toBeCloseTo(6, 12)
  })

  it('R4: ℓ = 0 sums 2006–2008', () => {
    // (60 + 70 + 80)/30 = 7
    expect(icor(', gestation_years: 0')).toBeCloseTo(7, 12)
  })

  it('R4: ℓ = 2 counts base-year investment for 2004 too (no history)', () => {
    // I(2004) := I(2005) = 50: (50 + 50 + 60)/30 = 16/3
    expect(icor(', gestation_years: 2')).toBeCloseTo(16 / 3, 12)
  })

  it('R4: nominal investment is deflated', () => {
    // π = 0.25, ℓ = 0: (60/1.25 + 70/1.5625 + 80/1.953125)/30 = (48 + 44.8 + 40.96)/30 = 4.458666…
    expect(icor(', gestation_years: 0', 'inflation: 0.25\n')).toBeCloseTo(133.76 / 30, 12)
    // ℓ = 1: (50/1 + 48 + 44.8)/30 = 4.76
    expect(icor('', 'inflation: 0.25\n')).toBeCloseTo(4.76, 12)
  })

  // MODEL.md is silent on I(t) before t0 in R4 beyond "base-year investment included when ℓ ≥ 1";
  // zonecast follows M2's rule for years before t0: from history, else the base year's. With ℓ = 2
  // and an observed 2004 investment of 20: (20 + 50 + 60)/30 = 13/3.
  it('R4: ℓ = 2 takes the year before t0 from history when observed', () => {
    expect(icor(', gestation_years: 2', 'history: {investment: {2004: 20}}\n')).toBeCloseTo(13 / 3, 12)
  })

  it('R4: none without a plan investment path, or without GDP growth', () => {
    expect(req(tenPercent('')).implied_icor).toBeNull()
    const flat = req('id: t\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100, investment: 10}\nplan: {gdp: {levels: {2007: 100}}}\n')
    expect(flat.implied_icor).toBeNull()
  })
})

describe('requirements R5: debt when the required servicing is financed as M10', () => {
  it('R5: servicing just in time for the land R2 needs, borrowed at r', () => {
    // ℓ = 0, 4 km² of new use a year: U_req = 2, 6, 10, 14; A(t0) = 4
    // S = (max(A, U_req) − A)·c: 2006: (6 − 4)·1.5 = 3; 2007: (10 − 6)·1.5 = 6; 2008: (14 − 10)·1.5 = 6
    // r = 0.1, no revenue share: Debt = 3; 3 + 6 + 0.3 = 9.3; 9.3 + 6 + 0.93 = 16.23
    const r = req(linear(', gestation_years: 0, finance: {interest_rate: 0.1}'), [10, 10, 10, 10])
    expectClose(r.debt_required as number[], [0, 3, 9.3, 16.23])
    // peak ratio 16.23/10 in 2008
    expect(r.debt_ratio_required_peak!.year).toBe(2008)
    expect(r.debt_ratio_required_peak!.value).toBeCloseTo(1.623, 12)
  })

  it('R5: budget share, land sales and grants pay some of it', () => {
    // as above with b = 0.1 of R = 10 (1 a year), q = 0.25 on 4 km² (1 a year), G = 0.5:
    // 2006: 0 + 3 + 0 − 1 − 1 − 0.5 = 0.5
    // 2007: 0.5 + 6 + 0.05 − 2.5 = 4.05
    // 2008: 4.05 + 6 + 0.405 − 2.5 = 7.955
    const r = req(linear(', gestation_years: 0, finance: {interest_rate: 0.1, budget_share: 0.1, land_price: 0.25, grants: 0.5}'), [10, 10, 10, 10])
    expectClose(r.debt_required as number[], [0, 0.5, 4.05, 7.955])
    expect(r.debt_ratio_required_peak).toMatchObject({ year: 2008 })
    expect(r.debt_ratio_required_peak!.value).toBeCloseTo(0.7955, 12)
  })
})

describe('requirements invert the model path', () => {
  it('R1 on the model path’s own GDP gives back its real project investment, cohort by cohort', () => {
    // M4: Y(t) = (1+e)·Y(t−1) + P_real(t−ℓ)/v + X(t), so v·(Y(t) − (1+e)·Y(t−1) − X(t)) = P_real(t−ℓ): R1 exactly.
    for (const ell of [0, 1, 2]) {
      const s = realiseScenario(
        loadScenario(
          'id: t\nyears: {base: 2005, end: 2011}\ninflation: 0.05\nbase: {gdp: 100, project_investment: 20}\nhistory: {project_investment: {2004: 15}}\n' +
            `model: {capital_output_ratio: 4.5, gestation_years: ${ell}, incumbent_growth: 0.02, expansion: {2007: 1, 2009: 3}, attraction: {2006: 30, 2011: 60}}\n`,
          'x.yaml'
        )
      )
      const paths = scenarioPaths(s)
      const m = modelParams(s, paths)
      const y = modelPath(m)
      const r = requirements(m, Array.from(y.gdp), undefined, Array.from(y.fiscal_revenue))!
      r.years.forEach((c, k) => {
        const i = c - 2005
        // cohorts after t0 are the model's P/p; t0 and before are base and history (M2)
        const pReal = i > 0 ? y.project_investment[i]! / m.p[i]! : i === 0 ? 20 : m.projectInvestmentBefore(c)
        expect(r.project_investment_real[k], `ℓ = ${ell}, cohort ${c}`).toBeCloseTo(pReal, 9)
      })
    }
  })
})
