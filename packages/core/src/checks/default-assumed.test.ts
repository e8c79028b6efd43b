import { describe, expect, it } from 'vitest'
import { checkScenario } from '../check-scenario'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { defaultAssumed } from './default-assumed'

const check = (yaml: string) => checkScenario(realiseScenario(loadScenario(yaml, 'x.yaml')))

describe('default-assumed', () => {
  it('gives one info finding per defaulted parameter, naming it, its value, the reason and the money unit', () => {
    const fs = defaultAssumed(
      [
        { parameter: 'model.capital_output_ratio', value: 4, reason: 'the middle of 3–5' },
        { parameter: 'model.land', value: 'none', reason: 'no land limit' }
      ],
      'yiyuan'
    )
    expect(fs).toEqual([
      {
        code: 'default-assumed',
        severity: 'info',
        message: 'model.capital_output_ratio is not given; zonecast assumes 4: the middle of 3–5. State it in the scenario if you know better.',
        parameter: 'model.capital_output_ratio',
        value: 4,
        reason: 'the middle of 3–5',
        money: 'yiyuan'
      },
      {
        code: 'default-assumed',
        severity: 'info',
        message: 'model.land is not given; zonecast assumes none: no land limit. State it in the scenario if you know better.',
        parameter: 'model.land',
        value: 'none',
        reason: 'no land limit',
        money: 'yiyuan'
      }
    ])
  })

  it('is silent when nothing was defaulted', () => {
    expect(defaultAssumed([], 'yiyuan')).toEqual([])
  })

  it('lists every parameter a scenario leaves out, in zonecast check', () => {
    const r = check('id: t\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100}\n')
    const fs = r.findings.filter((f) => f.code === 'default-assumed')
    // the 17 defaultable parameters of MODEL.md §2 (growth_shock_sd is Monte Carlo only)
    expect(fs.map((f) => f.parameter).sort()).toEqual([
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
    ])
    expect(fs.every((f) => f.severity === 'info')).toBe(true)
    // MODEL.md §2 table: r defaults to 0.06
    expect(fs.find((f) => f.parameter === 'model.finance.interest_rate')!.message).toContain('zonecast assumes 0.06')
  })

  it('lists none when the scenario states every parameter', () => {
    const r = check(
      'id: t\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100}\nmodel:\n' +
        '  {capital_output_ratio: 4, gestation_years: 1, incumbent_growth: 0, expansion: 0, infrastructure: 1, attraction: 5,\n' +
        '   land: {planned: 10, serviced: 5, used: 1}, servicing_cost: 1, investment_intensity: 10,\n' +
        '   tax: {buoyancy: 1, holiday: null}, industry_share_drift: 0, growth_shock_sd: 0,\n' +
        '   finance: {budget_share: 0, land_price: 0, grants: 0, interest_rate: 0.06, interest_subsidy: 0, debt: 0, debt_limit: 1}}\n'
    )
    expect(r.findings.filter((f) => f.code === 'default-assumed')).toEqual([])
  })
})
