import { describe, expect, it } from 'vitest'
import { runScenario } from './run-scenario'
import { loadScenario } from './scenario/load-scenario'
import { realiseScenario } from './scenario/realise-scenario'

const run = (yaml: string) => runScenario(realiseScenario(loadScenario(yaml, 'x.yaml')))

const round = (v: readonly (number | null)[]) => v.map((x) => (x === null ? null : +x.toFixed(9)))

// 2005–2008: gdp 100·1.1^k; fiscal revenue 10 held flat; infrastructure pinned only in 2007, no base;
// region GDP 400 flat, region revenue 40 growing 25%; serviced land 1500 mu = 1 km²
const demo =
  'id: demo\nyears: {base: 2005, end: 2008}\ninflation: {2006: 0.1, 2007: 0.2}\n' +
  'base: {gdp: 100, fiscal_revenue: 10, land_serviced: "1500 mu"}\n' +
  'region: {gdp: 400, fiscal_revenue: {base: 40, growth: 0.25}}\n' +
  'plan:\n  gdp: {growth: 0.1}\n  infrastructure: {levels: {2007: 5}}\n'

describe('runScenario', () => {
  const r = run(demo)

  it('gives every series as an array aligned with years, null where undefined', () => {
    expect(r.years).toEqual([2005, 2006, 2007, 2008])
    for (const group of [r.plan, r.model, r.region, r.indicators]) for (const [k, v] of Object.entries(group)) expect(v, k).toHaveLength(4)
    expect(r.price_index).toHaveLength(4)
    expect(round(r.plan.gdp!)).toEqual([100, 110, 121, 133.1])
    // infrastructure: no base, pinned at 5 from 2007
    expect(r.plan.infrastructure).toEqual([null, null, 5, 5])
    // 1500 mu / 1500 = 1 km²
    expect(r.plan.land_serviced).toEqual([1, 1, 1, 1])
  })

  it('keys plan, model, region and indicators by series', () => {
    expect(Object.keys(r.plan).sort()).toEqual(['fiscal_revenue', 'gdp', 'infrastructure', 'land_serviced'])
    // MODEL.md §2's series names, and land sales (M8)
    expect(Object.keys(r.model).sort()).toEqual(['debt', 'fiscal_revenue', 'gdp', 'industrial_va', 'infrastructure', 'interest', 'investment', 'land_sales', 'land_serviced', 'land_used', 'project_investment', 'relieved_output'])
    expect(Object.keys(r.region).sort()).toEqual(['fiscal_revenue', 'gdp'])
    // M11 on the model path, and the plan path's shares of the region under plan_share_
    expect(Object.keys(r.indicators).sort()).toEqual(['debt_ratio', 'interest_burden', 'investment_per_mu', 'output_per_km2', 'plan_share_fiscal_revenue', 'plan_share_gdp', 'revenue_per_mu', 'share_gdp'])
    expect(r.scenario).toMatchObject({ id: 'demo', years: { base: 2005, end: 2008 }, money: 'yiyuan' })
  })

  it('computes the plan path’s shares on hand numbers', () => {
    // 100/400, 110/400, 121/400, 133.1/400 (both real)
    expect(round(r.indicators.plan_share_gdp!)).toEqual([0.25, 0.275, 0.3025, 0.33275])
    // 10/40, 10/50, 10/62.5, 10/78.125 (both nominal)
    expect(round(r.indicators.plan_share_fiscal_revenue!)).toEqual([0.25, 0.2, 0.16, 0.128])
  })

  it('runs the model path on hand numbers', () => {
    // no base investment and no model block: nothing is attracted (P = 0), so Y stays at 100 and the model's
    // share of the region is 100/400 throughout
    expect(r.model.gdp).toEqual([100, 100, 100, 100])
    expect(r.model.project_investment).toEqual([0, 0, 0, 0])
    expect(round(r.indicators.share_gdp!)).toEqual([0.25, 0.25, 0.25, 0.25])
    // M7, buoyancy 1: 10·p(t)·100/100 = 10, 11, 13.2, 15.84
    expect(round(r.model.fiscal_revenue!)).toEqual([10, 11, 13.2, 15.84])
    // S follows the plan path, base 0 before its first stated year: 0, 0, 5, 5; I = P + S (M2b)
    expect(r.model.infrastructure).toEqual([0, 0, 5, 5])
    expect(r.model.investment).toEqual([0, 0, 5, 5])
    // M10, nothing but borrowing: 0, 0, 0 + 5 = 5, 5 + 5 + 0.06·5 = 10.3 (M9, default r 0.06)
    expect(round(r.model.debt!)).toEqual([0, 0, 5, 10.3])
    expect(round(r.model.interest!)).toEqual([null, 0, 0, 0.3])
    // 5/13.2, 10.3/15.84; interest 0.3/15.84
    expect(round(r.indicators.debt_ratio!)).toEqual(round([0, 0, 5 / 13.2, 10.3 / 15.84]))
    expect(round(r.indicators.interest_burden!)).toEqual(round([null, 0, 0, 0.3 / 15.84]))
    // no land block: no land in use, so no indicator per km² or per mu
    expect(r.model.land_used).toEqual([null, null, null, null])
    expect(r.indicators.output_per_km2).toEqual([null, null, null, null])
  })

  it('runs land, output and the per-area indicators on hand numbers', () => {
    // no inflation; S = 2 a year at c = 1 a km²; κ = 10 a km²; v = 5, ℓ = 1, demand 60 a year
    const m = run(
      'id: land\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100, fiscal_revenue: 10, project_investment: 50}\nregion: {gdp: 400}\n' +
        'model: {capital_output_ratio: 5, attraction: 60, infrastructure: 2, land: {planned: 10, serviced: 5, used: 2}, servicing_cost: 1, investment_intensity: 10}\n'
    )
    // M1: A = 5, 5 + 2/1 = 7, 9
    expect(m.model.land_serviced).toEqual([5, 7, 9])
    // M2: P = 50 (base), min(60, 10·(7 − 2)) = 50, min(60, 10·(9 − 7)) = 20: land binds in 2007
    expect(m.model.project_investment).toEqual([50, 50, 20])
    // M3: U = 2, 2 + 50/10 = 7, 7 + 20/10 = 9
    expect(m.model.land_used).toEqual([2, 7, 9])
    // M4: Y = 100, 100 + 50/5 = 110, 110 + 50/5 = 120; M7: R = 10·Y/100
    expect(m.model.gdp).toEqual([100, 110, 120])
    expect(m.model.fiscal_revenue).toEqual([10, 11, 12])
    // M2b: I = P + S
    expect(m.model.investment).toEqual([52, 52, 22])
    // M10: 0, 2, 2 + 2 + 0.06·2 = 4.12
    expect(round(m.model.debt!)).toEqual([0, 2, 4.12])
    // M11: Y/U = 100/2, 110/7, 120/9; R/(1500·U) = 10/3000, 11/10500, 12/13500; I/(1500·U) = 52/3000, 52/10500, 22/13500
    expect(round(m.indicators.output_per_km2!)).toEqual(round([50, 110 / 7, 120 / 9]))
    expect(round(m.indicators.revenue_per_mu!)).toEqual(round([10 / 3000, 11 / 10500, 12 / 13500]))
    expect(round(m.indicators.investment_per_mu!)).toEqual(round([52 / 3000, 52 / 10500, 22 / 13500]))
    // debt/R = 0, 2/11, 4.12/12; Y/region = 100/400, 110/400, 120/400
    expect(round(m.indicators.debt_ratio!)).toEqual(round([0, 2 / 11, 4.12 / 12]))
    expect(round(m.indicators.share_gdp!)).toEqual([0.25, 0.275, 0.3])
    // the plan states no GDP path: its GDP is the base held flat, 100/400
    expect(m.indicators.plan_share_gdp).toEqual([0.25, 0.25, 0.25])
  })

  it('compounds the price index from the inflation path', () => {
    // 1; 1.1; 1.1·1.2 = 1.32; 2008 holds the last rate: 1.32·1.2 = 1.584
    expect(round(r.price_index)).toEqual([1, 1.1, 1.32, 1.584])
    expect(run('id: t\nyears: {base: 2005, end: 2007}\n').price_index).toEqual([1, 1, 1])
  })

  it('takes a share across price bases in nominal terms', () => {
    const v = run(
      'id: t\nyears: {base: 2005, end: 2007}\ninflation: 0.1\nseries: {gdp: {region_prices: nominal}}\n' + 'base: {gdp: 100}\nregion: {gdp: 400}\nplan: {gdp: {growth: 0.1}}\n'
    )
    // real zone GDP at current prices: 100, 110·1.1 = 121, 121·1.21 = 146.41; over a nominal 400
    expect(round(v.indicators.plan_share_gdp!)).toEqual([0.25, 0.3025, 0.366025])
    // the model path's GDP stays at 100 (nothing attracted): at current prices 100, 110, 121 over 400
    expect(round(v.indicators.share_gdp!)).toEqual([0.25, 0.275, 0.3025])
    expect(v.meta['region.gdp']!.prices).toBe('nominal')
  })

  it('states units and price bases in meta', () => {
    expect(r.meta.gdp).toMatchObject({ unit: 'yiyuan', prices: 'real' })
    expect(r.meta.fiscal_revenue).toMatchObject({ unit: 'yiyuan', prices: 'nominal' })
    expect(r.meta.land_serviced).toMatchObject({ unit: 'km2', prices: 'none' })
    expect(r.meta['region.gdp']).toMatchObject({ unit: 'yiyuan', prices: 'real' })
    expect(r.meta.share_gdp).toMatchObject({ unit: 'ratio', prices: 'none' })
    expect(r.meta.plan_share_gdp).toMatchObject({ unit: 'ratio', prices: 'none' })
    expect(r.meta.output_per_km2).toMatchObject({ unit: 'yiyuan/km2', prices: 'none' })
    expect(r.meta.revenue_per_mu).toMatchObject({ unit: 'yiyuan/mu', prices: 'none' })
    expect(r.meta.debt).toMatchObject({ unit: 'yiyuan', prices: 'nominal' })
    expect(r.meta.land_used).toMatchObject({ unit: 'km2', prices: 'none' })
    // every series above has its meta
    for (const k of [...Object.keys(r.plan), ...Object.keys(r.model), ...Object.keys(r.region).map((n) => `region.${n}`), ...Object.keys(r.indicators)]) expect(r.meta, k).toHaveProperty([k])
  })

  it('uses the scenario’s money unit and converts into it', () => {
    const v = run('id: t\nyears: {base: 2005, end: 2006}\nmoney: wanyuan\nseries: {projects: {unit: count}}\nbase: {gdp: "1 yiyuan", projects: 3}\n')
    // 1 億元 = 10,000 萬元
    expect(v.plan.gdp).toEqual([10000, 10000])
    expect(v.scenario.money).toBe('wanyuan')
    expect(v.meta.gdp!.unit).toBe('wanyuan')
    expect(v.meta.projects).toMatchObject({ unit: 'count', prices: 'none' })
  })
})
