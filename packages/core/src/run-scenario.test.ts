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
    for (const group of [r.plan, r.region, r.indicators]) for (const [k, v] of Object.entries(group)) expect(v, k).toHaveLength(4)
    expect(r.price_index).toHaveLength(4)
    expect(round(r.plan.gdp!)).toEqual([100, 110, 121, 133.1])
    // infrastructure: no base, pinned at 5 from 2007
    expect(r.plan.infrastructure).toEqual([null, null, 5, 5])
    // 1500 mu / 1500 = 1 km²
    expect(r.plan.land_serviced).toEqual([1, 1, 1, 1])
  })

  it('keys plan, model, region and indicators by series', () => {
    expect(Object.keys(r.plan).sort()).toEqual(['fiscal_revenue', 'gdp', 'infrastructure', 'land_serviced'])
    expect(r.model).toEqual({})
    expect(Object.keys(r.region).sort()).toEqual(['fiscal_revenue', 'gdp'])
    expect(Object.keys(r.indicators).sort()).toEqual(['share_fiscal_revenue', 'share_gdp'])
    expect(r.scenario).toMatchObject({ id: 'demo', years: { base: 2005, end: 2008 }, money: 'yiyuan' })
  })

  it('computes share indicators on hand numbers', () => {
    // 100/400, 110/400, 121/400, 133.1/400 (both real)
    expect(round(r.indicators.share_gdp!)).toEqual([0.25, 0.275, 0.3025, 0.33275])
    // 10/40, 10/50, 10/62.5, 10/78.125 (both nominal)
    expect(round(r.indicators.share_fiscal_revenue!)).toEqual([0.25, 0.2, 0.16, 0.128])
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
    expect(round(v.indicators.share_gdp!)).toEqual([0.25, 0.3025, 0.366025])
    expect(v.meta['region.gdp']!.prices).toBe('nominal')
  })

  it('states units and price bases in meta', () => {
    expect(r.meta.gdp).toMatchObject({ unit: 'yiyuan', prices: 'real' })
    expect(r.meta.fiscal_revenue).toMatchObject({ unit: 'yiyuan', prices: 'nominal' })
    expect(r.meta.land_serviced).toMatchObject({ unit: 'km2', prices: 'none' })
    expect(r.meta['region.gdp']).toMatchObject({ unit: 'yiyuan', prices: 'real' })
    expect(r.meta.share_gdp).toMatchObject({ unit: 'ratio', prices: 'none' })
    // every series above has its meta
    for (const k of [...Object.keys(r.plan), ...Object.keys(r.region).map((n) => `region.${n}`), ...Object.keys(r.indicators)]) expect(r.meta, k).toHaveProperty([k])
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
