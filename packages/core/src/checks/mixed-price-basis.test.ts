import { describe, expect, it } from 'vitest'
import { pathReader, scenarioPaths } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { mixedPriceBasis } from './mixed-price-basis'

function findings(yaml: string) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  const paths = scenarioPaths(s)
  return mixedPriceBasis(s, pathReader(s, paths, paths.plan))
}

/** GDP (real), fiscal revenue and investment (nominal), land (no basis); `extra` goes before base. */
const scenario = (target: string, extra = '') =>
  `id: t\nyears: {base: 2005, end: 2007}\n${extra}base: {gdp: 100, fiscal_revenue: 10, investment: 30, land_serviced: 2}\n` +
  `region: {gdp: 400, fiscal_revenue: 40}\nplan: {gdp: {growth: 0.1}}\ntargets:\n  - ${target}\n`

const shareMixed = '{id: s, kind: share, series: fiscal_revenue, of: gdp, year: 2007, min: 0}'
const ratioMixed = '{id: r, kind: ratio, series: fiscal_revenue, per: gdp, year: 2007, min: 0}'
const exprMixed = '{id: e, kind: expr, expr: "at(fiscal_revenue, 2007) / at(region.gdp, 2007)", min: 0}'

describe('mixed-price-basis', () => {
  it('fires for a share of a nominal series in a real one with no inflation', () => {
    const [f, ...rest] = findings(scenario(shareMixed))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'mixed-price-basis', severity: 'warning', target: 's', real_series: ['region.gdp'], nominal_series: ['fiscal_revenue'] })
    expect(f!.message).toContain('Target s')
    expect(f!.message).toContain("the region's GDP (region.gdp) at constant prices")
    expect(f!.message).toContain('Fiscal revenue (fiscal_revenue) at current prices')
    expect(f).toMatchObject({ real_series_labels: [{ en: 'GDP', zh: '生產總值' }], nominal_series_labels: [{ en: 'Fiscal revenue', zh: '財政收入' }] })
  })

  it('fires for a ratio and an expression', () => {
    expect(findings(scenario(ratioMixed))).toMatchObject([{ code: 'mixed-price-basis', target: 'r', real_series: ['gdp'], nominal_series: ['fiscal_revenue'] }])
    expect(findings(scenario(exprMixed))).toMatchObject([{ code: 'mixed-price-basis', target: 'e', real_series: ['region.gdp'], nominal_series: ['fiscal_revenue'] }])
  })

  it('is silent when `inflation:` is stated', () => {
    for (const t of [shareMixed, ratioMixed, exprMixed]) expect(findings(scenario(t, 'inflation: 0.05\n'))).toEqual([])
  })

  it('is silent when both sides share a basis', () => {
    expect(findings(scenario('{id: s, kind: share, series: gdp, of: gdp, year: 2007, min: 0}'))).toEqual([])
    expect(findings(scenario('{id: s, kind: share, series: fiscal_revenue, of: fiscal_revenue, year: 2007, min: 0}'))).toEqual([])
    expect(findings(scenario('{id: r, kind: ratio, series: fiscal_revenue, per: investment, year: 2007, min: 0}'))).toEqual([])
    expect(findings(scenario('{id: e, kind: expr, expr: "at(gdp, 2007) / at(region.gdp, 2007)", min: 0}'))).toEqual([])
  })

  it('does not count an area as a price basis', () => {
    expect(findings(scenario('{id: r, kind: ratio, series: investment, per: land_serviced, year: 2007, min: 0}'))).toEqual([])
  })

  it('reads the region’s own basis (`region_prices`)', () => {
    // zone gdp real, region gdp declared nominal: a nominal share of nominal
    expect(findings(scenario(shareMixed, 'series: {gdp: {region_prices: nominal}}\n'))).toEqual([])
  })

  // share() in an expression divides by region.<of>: with region GDP nominal this share is
  // nominal over nominal, so nothing is mixed
  it('reads share(s, of, y) in an expression as a share of region.<of>', () => {
    const expr = '{id: e, kind: expr, expr: "share(fiscal_revenue, gdp, 2007)", min: 0}'
    expect(findings(scenario(expr, 'series: {gdp: {region_prices: nominal}}\n'))).toEqual([])
  })
})
