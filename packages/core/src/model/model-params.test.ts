import { describe, expect, it } from 'vitest'
import { InputError } from '../errors'
import { scenarioPaths } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { modelParams } from './model-params'

/** Model parameters of a 2005–2008 scenario with `rest` appended (base, plan, model, history blocks). */
function params(rest: string, end = 2008) {
  const s = realiseScenario(loadScenario(`id: t\nyears: {base: 2005, end: ${end}}\n${rest}`, 'x.yaml'))
  return modelParams(s, scenarioPaths(s))
}
const listed = (rest: string) => params(rest).defaulted.map((d) => d.parameter)

/** Every parameter of MODEL.md §2 that falls back to a default, by its path in the scenario file. */
const ALL_DEFAULTABLE = [
  'model.attraction',
  'model.capital_output_ratio',
  'model.expansion',
  'model.finance.budget_share',
  'model.finance.debt',
  'model.finance.debt_limit',
  'model.finance.grants',
  'model.finance.interest_rate',
  'model.finance.interest_subsidy',
  'model.finance.land_price',
  'model.gestation_years',
  'model.growth_shock_sd',
  'model.incumbent_growth',
  'model.industry_share_drift',
  'model.infrastructure',
  'model.land',
  'model.tax.buoyancy',
  'model.tax.holiday'
]

// every parameter stated (values arbitrary but in range)
const FULL_MODEL = `model:
  capital_output_ratio: 5
  gestation_years: 2
  incumbent_growth: 0.03
  expansion: 1
  infrastructure: 4
  attraction: 30
  land: {planned: 20, serviced: 8, used: 5}
  servicing_cost: 1.5
  investment_intensity: 12
  tax: {buoyancy: 1.1, holiday: {free_years: 2, half_years: 3, half_rate: 0.5, eligible_share: 0.8}}
  finance: {budget_share: 0.2, land_price: 3, grants: 1, interest_rate: 0.05, interest_subsidy: 0.3, debt: 10, debt_limit: 2}
  industry_share_drift: 0.01
  growth_shock_sd: 0.03
`

describe('modelParams: defaults (MODEL.md §2)', () => {
  it('applies every default of §2 when the model block is absent', () => {
    const m = params('base: {gdp: 100}\n')
    expect(m).toMatchObject({
      icor: 4,
      gestation: 1,
      incumbentGrowth: 0,
      land: null,
      buoyancy: 1,
      holiday: null,
      budgetShare: 0,
      landPricePerKm2: 0,
      interestRate: 0.06,
      interestSubsidy: 0,
      debtLimit: 1,
      industryShareDrift: 0,
      growthShockSd: 0
    })
    expect(m.base.debt).toBe(0)
    expect(m.expansionReal).toEqual([0, 0, 0, 0])
    expect(m.grants).toEqual([0, 0, 0, 0])
    // no base investment or infrastructure: nothing is spent or attracted
    expect(m.infrastructure).toEqual([0, 0, 0, 0])
    expect(m.attraction).toEqual([0, 0, 0, 0])
  })

  it('lists every defaulted parameter by its path in the scenario file, with its value', () => {
    const m = params('base: {gdp: 100}\n')
    expect(m.defaulted.map((d) => d.parameter).sort()).toEqual(ALL_DEFAULTABLE)
    const value = Object.fromEntries(m.defaulted.map((d) => [d.parameter, d.value]))
    expect(value).toMatchObject({
      'model.capital_output_ratio': 4,
      'model.gestation_years': 1,
      'model.incumbent_growth': 0,
      'model.expansion': 0,
      'model.land': 'none',
      'model.tax.holiday': 'none',
      'model.tax.buoyancy': 1,
      'model.finance.budget_share': 0,
      'model.finance.land_price': 0,
      'model.finance.grants': 0,
      'model.finance.interest_rate': 0.06,
      'model.finance.interest_subsidy': 0,
      'model.finance.debt': 0,
      'model.finance.debt_limit': 1,
      'model.industry_share_drift': 0
    })
    for (const d of m.defaulted) expect(d.reason.length, d.parameter).toBeGreaterThan(10)
  })

  it('lists nothing when every parameter is given', () => {
    expect(listed(`base: {gdp: 100}\n${FULL_MODEL}`)).toEqual([])
  })

  it('reads every given parameter', () => {
    const m = params(`base: {gdp: 100}\n${FULL_MODEL}`)
    expect(m).toMatchObject({
      icor: 5,
      gestation: 2,
      incumbentGrowth: 0.03,
      land: { plannedKm2: 20, servicedKm2: 8, usedKm2: 5 },
      servicingCostPerKm2: 1.5,
      intensityPerKm2: 12,
      buoyancy: 1.1,
      holiday: { freeYears: 2, halfYears: 3, halfRate: 0.5, eligibleShare: 0.8 },
      budgetShare: 0.2,
      landPricePerKm2: 3,
      interestRate: 0.05,
      interestSubsidy: 0.3,
      debtLimit: 2,
      industryShareDrift: 0.01
    })
    expect(m.base.debt).toBe(10)
    expect(m.expansionReal).toEqual([1, 1, 1, 1])
    expect(m.grants).toEqual([1, 1, 1, 1])
    expect(m.infrastructure).toEqual([4, 4, 4, 4])
    expect(m.attraction).toEqual([30, 30, 30, 30])
  })

  // each row: a model block stating one parameter, and the path that must then not be listed
  const oneGiven: [string, string][] = [
    ['{capital_output_ratio: 5}', 'model.capital_output_ratio'],
    ['{gestation_years: 0}', 'model.gestation_years'],
    ['{incumbent_growth: 0}', 'model.incumbent_growth'],
    ['{expansion: {2007: 3}}', 'model.expansion'],
    ['{infrastructure: 2}', 'model.infrastructure'],
    ['{attraction: 20}', 'model.attraction'],
    ['{land: {planned: 10, serviced: 5, used: 1}, servicing_cost: 1, investment_intensity: 10}', 'model.land'],
    ['{tax: {holiday: {free_years: 2}}}', 'model.tax.holiday'],
    ['{tax: {holiday: null}}', 'model.tax.holiday'],
    ['{tax: {buoyancy: 1}}', 'model.tax.buoyancy'],
    ['{finance: {budget_share: 0}}', 'model.finance.budget_share'],
    ['{finance: {land_price: 2}}', 'model.finance.land_price'],
    ['{finance: {grants: {2006: 1}}}', 'model.finance.grants'],
    ['{finance: {interest_rate: 0.06}}', 'model.finance.interest_rate'],
    ['{finance: {interest_subsidy: 0.5}}', 'model.finance.interest_subsidy'],
    ['{finance: {debt: 0}}', 'model.finance.debt'],
    ['{finance: {debt_limit: 1}}', 'model.finance.debt_limit'],
    ['{industry_share_drift: 0}', 'model.industry_share_drift'],
    ['{growth_shock_sd: 0}', 'model.growth_shock_sd']
  ]
  it.each(oneGiven)('model: %s is not listed as defaulted (%s), the others are', (block, parameter) => {
    const got = listed(`base: {gdp: 100}\nmodel: ${block}\n`)
    expect(got).not.toContain(parameter)
    // a value given equal to the default still counts as given; everything else is listed, and
    // a holiday given with free_years alone lists the holiday's own defaulted parts
    const holidayParts = block.includes('free_years') ? ['model.tax.holiday.eligible_share', 'model.tax.holiday.half_rate', 'model.tax.holiday.half_years'] : []
    expect(got.sort()).toEqual([...ALL_DEFAULTABLE.filter((p) => p !== parameter), ...holidayParts].sort())
  })

  it('fills an incomplete holiday with half_rate 0.5, eligible_share 1, no half years', () => {
    expect(params('model: {tax: {holiday: {free_years: 3}}}\n').holiday).toEqual({ freeYears: 3, halfYears: 0, halfRate: 0.5, eligibleShare: 1 })
  })

  it('converts units: "110 wanyuan/mu" is 16.5 億元/km², "1500 mu" is 1 km²', () => {
    // 110 萬元/畝 × 1500 畝/km² = 165,000 萬元/km² = 16.5 億元/km²
    const m = params('model: {land: {planned: "3000 mu", serviced: "1500 mu", used: 0}, investment_intensity: "110 wanyuan/mu", servicing_cost: "2 yiyuan/km2"}\n')
    expect(m.land).toEqual({ plannedKm2: 2, servicedKm2: 1, usedKm2: 0 })
    expect(m.intensityPerKm2).toBeCloseTo(16.5, 12)
    expect(m.servicingCostPerKm2).toBe(2)
  })
})

describe('modelParams: infrastructure S(t)', () => {
  it('follows the model path when given', () => {
    // {base: 4, growth: 0.5}: 4, 6, 9, 13.5 — but the base year is observed: base.infrastructure 2
    const m = params('base: {infrastructure: 2}\nplan: {infrastructure: {levels: {2008: 100}}}\nmodel: {infrastructure: {base: 4, growth: 0.5}}\n')
    expect(m.infrastructure).toEqual([2, 6, 9, 13.5])
    expect(m.defaulted.map((d) => d.parameter)).not.toContain('model.infrastructure')
  })

  it('a model path {growth} starts from base infrastructure', () => {
    // 2·1.5^k: 2, 3, 4.5, 6.75
    expect(params('base: {infrastructure: 2}\nmodel: {infrastructure: {growth: 0.5}}\n').infrastructure).toEqual([2, 3, 4.5, 6.75])
  })

  it('else the plan path, geometric from the base, held flat after its last stated year', () => {
    // pins 2005: 2, 2007: 8 → 2, 2·4^(1/2) = 4, 8; flat 8 in 2008
    const m = params('base: {infrastructure: 2}\nplan: {infrastructure: {levels: {2007: 8}}}\n')
    expect(m.infrastructure).toEqual([2, 4, 8, 8])
    expect(m.defaulted.find((d) => d.parameter === 'model.infrastructure')?.value).toBe('plan path')
  })

  it('else the plan path, with years before its first stated year held at the base (0 without one)', () => {
    // plan path null, null, 8, 8 with no base infrastructure → 0, 0, 8, 8
    expect(params('plan: {infrastructure: {levels: {2007: 8}}}\n').infrastructure).toEqual([0, 0, 8, 8])
  })

  it('else base infrastructure held flat', () => {
    expect(params('base: {infrastructure: 2}\n').infrastructure).toEqual([2, 2, 2, 2])
  })

  it('lists base-only infrastructure as the base held flat, not as a plan path', () => {
    // no plan.infrastructure: the default is the base value, and the finding says so
    const d = params('base: {infrastructure: 2}\n').defaulted.find((x) => x.parameter === 'model.infrastructure')
    expect(d?.value).toBe(2)
    expect(d!.reason).toContain('base-year level')
  })
})

describe('modelParams: attraction D(t)', () => {
  it('follows the model path when given', () => {
    expect(params('base: {investment: 30, infrastructure: 10}\nmodel: {attraction: 40}\n').attraction).toEqual([40, 40, 40, 40])
  })

  it('a model path {growth} starts from base project investment (base investment − base infrastructure)', () => {
    // base project = 30 − 10 = 20; 20, 22, 24.2, 26.62
    const a = params('base: {investment: 30, infrastructure: 10}\nmodel: {attraction: {growth: 0.1}}\n').attraction
    ;[20, 22, 24.2, 26.62].forEach((x, i) => expect(a[i]).toBeCloseTo(x, 12))
  })

  it('else plan investment − S', () => {
    // plan investment pins 2005: 30, 2007: 50 → 30, 30·(5/3)^(1/2) = 38.72983…, 50, 50; S = 10 flat
    const m = params('base: {investment: 30, infrastructure: 10}\nplan: {investment: {levels: {2007: 50}}}\n')
    expect(m.attraction[0]).toBeCloseTo(20, 12)
    expect(m.attraction[1]).toBeCloseTo(30 * Math.sqrt(5 / 3) - 10, 12)
    expect(m.attraction[2]).toBeCloseTo(40, 12)
    expect(m.attraction[3]).toBeCloseTo(40, 12)
    expect(m.defaulted.find((d) => d.parameter === 'model.attraction')?.value).toBe('plan investment − infrastructure')
  })

  it('plan investment − S is never negative', () => {
    // plan investment 5 (base and 2008) against infrastructure 8: max(0, 5 − 8) = 0
    const m = params('base: {investment: 5}\nplan: {investment: {levels: {2008: 5}}}\nmodel: {infrastructure: 8}\n')
    expect(m.attraction).toEqual([0, 0, 0, 0])
    expect(m.defaulted.find((d) => d.parameter === 'model.attraction')?.value).toBe('plan investment − infrastructure')
  })

  it('a base investment alone is not a plan: D is base project investment held flat', () => {
    // base investment 30, base infrastructure 10, no plan.investment: D = 30 − 10 = 20, listed as the base value
    const m = params('base: {investment: 30, infrastructure: 10}\n')
    expect(m.attraction).toEqual([20, 20, 20, 20])
    expect(m.defaulted.find((d) => d.parameter === 'model.attraction')?.value).toBe(20)
  })

  it('else base project investment held flat', () => {
    const m = params('base: {project_investment: 12}\n')
    expect(m.attraction).toEqual([12, 12, 12, 12])
    expect(m.defaulted.find((d) => d.parameter === 'model.attraction')?.value).toBe(12)
  })

  it('is nothing without any base investment, and says why', () => {
    const d = params('base: {gdp: 100}\n').defaulted.find((x) => x.parameter === 'model.attraction')
    expect(d).toMatchObject({ value: 0 })
    expect(d!.reason).toContain('no base investment')
  })

  // MODEL.md §2: D defaults to "plan investment − S". A plan that states investment from 2007 on
  // but has no base investment gives a plan path null, null, 20, 20: D follows it where stated,
  // D(2007) = D(2008) = 20 − 8 = 12, and the base level (0 here) before.
  it('takes plan investment − S in the years the plan states investment, even without a base value', () => {
    const m = params('base: {gdp: 100}\nplan: {infrastructure: {levels: {2007: 8}}, investment: {levels: {2007: 20}}}\n')
    expect(m.attraction[2]).toBeCloseTo(12, 12)
    expect(m.attraction[3]).toBeCloseTo(12, 12)
  })
})

describe('modelParams: base values and years before t0', () => {
  it('base project investment is given, else base investment − base infrastructure', () => {
    expect(params('base: {project_investment: 12, investment: 30, infrastructure: 10}\n').base.projectInvestment).toBe(12)
    expect(params('base: {investment: 30, infrastructure: 10}\n').base.projectInvestment).toBe(20)
    expect(params('base: {investment: 30}\n').base.projectInvestment).toBe(30)
  })

  it('M2: project investment before t0 comes from history, else equals P(t0)', () => {
    const m = params('base: {project_investment: 12}\nhistory: {project_investment: {2004: 8}}\n')
    expect(m.projectInvestmentBefore(2004)).toBe(8)
    expect(m.projectInvestmentBefore(2003)).toBe(12)
  })

  it('P0: the price index compounds inflation', () => {
    // 1, 1.25, 1.5625, 1.953125
    expect(params('inflation: 0.25\n').p).toEqual([1, 1.25, 1.5625, 1.953125])
  })
})

describe('modelParams: inputs the model cannot use', () => {
  it('never takes a negative base project investment', () => {
    // M2: P(t0) = base investment − base infrastructure = 10 − 15 < 0 is inconsistent data
    // (infrastructure is part of fixed-asset investment); it is taken as max(0, ·) = 0
    expect(params('base: {gdp: 100, investment: 10, infrastructure: 15}\n').base.projectInvestment).toBe(0)
  })

  // MODEL.md "Path specs": {growth: g} starts from the quantity's base-year value. Without one
  // (no base.infrastructure; expansion and grants have none at all) the loader rejects it, as it
  // does the same mistake in a region or plan path.
  it.each(['{infrastructure: {growth: 0.1}}', '{expansion: {growth: 0.1}}', '{finance: {grants: {growth: 0.1}}}'])('rejects model: %s with no base-year value to grow from', (block) => {
    expect(() => params(`base: {gdp: 100}\nmodel: ${block}\n`)).toThrow(InputError)
  })
})
