import { describe, expect, it } from 'vitest'
import { pathReader, scenarioPaths } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { impliedRestGrowth } from './implied-rest-growth'

function findings(yaml: string) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  const paths = scenarioPaths(s)
  return impliedRestGrowth(s, paths, pathReader(s, paths, paths.plan))
}

/**
 * Zone GDP from `x0` in 2005 to `x2007` in 2007, the region's GDP on `region`, and a share target
 * `bounds` in 2007.
 */
const share = (x0: number, x2007: number, region: string, bounds = 'min: 0.2', extra = '') =>
  `id: t\nyears: {base: 2005, end: 2007}\n${extra}base: {gdp: ${x0}}\nregion:\n  gdp: ${region}\nplan:\n  gdp: {levels: {2007: ${x2007}}}\n` +
  `targets:\n  - {id: s, kind: share, series: gdp, of: gdp, year: 2007, ${bounds}}\n`

describe('implied-rest-growth', () => {
  it('is the closed form (X(τ)·(1/m − 1) / rest(t0))^(1/(τ−t0)) − 1; info when the region leaves room', () => {
    const [f, ...rest] = findings(share(19, 25, '{base: 100, growth: 0.1}'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'implied-rest-growth', severity: 'info', series: 'gdp', region_series: 'region.gdp', target: 's', year: 2007, share_min: 0.2, zone_base: 19, zone_at_year: 25, region_base: 100 })
    // rest(2005) = 100 − 19 = 81; rest may be at most 25·(1/0.2 − 1) = 100 in 2007
    expect(f!.rest_base).toBe(81)
    expect(f!.rest_max_at_year).toBeCloseTo(100, 12)
    // (100/81)^(1/2) − 1 = 10/9 − 1 = 11.11%
    expect(f!.implied_rest_growth).toBeCloseTo(1 / 9, 12)
    // region 100 → 121: 10% a year, half of it 5% < 11.11%
    expect(f!.region_growth).toBeCloseTo(0.1, 12)
    // on the region path the rest grows 81 → 121 − 25 = 96: (96/81)^(1/2) − 1 = 8.87%
    expect(f!.rest_growth_on_paths).toBeCloseTo(Math.sqrt(96 / 81) - 1, 12)
    // region 100·1.1² = 121 in 2007; both series named by gdp's label
    expect(f).toMatchObject({ base_year: 2005, series_label: { en: 'GDP' }, region_series_label: { en: 'GDP' }, unit: 'yiyuan' })
    expect(f!.region_at_year).toBeCloseTo(121, 9)
    expect(f!.message).toContain('20.0% of the region\'s GDP (region.gdp) in 2007 (target s)')
    expect(f!.message).toContain('(19 in 2005 → 25 in 2007)')
    expect(f!.message).toContain('(81 in 2005)')
    expect(f!.message).toContain('at most +11.11% a year')
    expect(f!.message).toContain('at most 100 in 2007')
    expect(f!.message).toContain('+10.00% a year (100 → 121)')
  })

  it('warns when the rest would have to shrink', () => {
    const [f] = findings(share(19, 16, '{base: 100, growth: 0.1}'))
    // 16·(1/0.2 − 1) = 64; (64/81)^(1/2) − 1 = 8/9 − 1 = −11.11%
    expect(f).toMatchObject({ code: 'implied-rest-growth', severity: 'warning' })
    expect(f!.implied_rest_growth).toBeCloseTo(-1 / 9, 12)
    expect(f!.message).toContain('−11.11% a year')
    expect(f!.message).toContain('shrink')
  })

  it('warns below half the region’s own growth', () => {
    const [f] = findings(share(19, 25, '{base: 100, growth: 0.3}'))
    // implied 11.11% as above; region 100 → 169 at 30% a year, half is 15% > 11.11%
    expect(f).toMatchObject({ code: 'implied-rest-growth', severity: 'warning' })
    expect(f!.implied_rest_growth).toBeCloseTo(1 / 9, 12)
    expect(f!.region_growth).toBeCloseTo(0.3, 12)
    // the rest itself still grows on the paths: 81 → 169 − 25 = 144, (144/81)^(1/2) − 1 = 12/9 − 1
    expect(f!.rest_growth_on_paths).toBeCloseTo(1 / 3, 12)
    expect(f!.message).toContain('+15.00%')
    expect(f!.message).toContain('less than half the region’s own growth')
  })

  it('warns when the region path leaves the rest shrinking', () => {
    const [f] = findings(share(19, 25, '{2005: 100, 2007: 89}'))
    // implied 11.11% as above, above half the region's (negative) growth (89/100)^(1/2) − 1 = −5.66%;
    // but on the paths the rest goes 81 → 89 − 25 = 64: (64/81)^(1/2) − 1 = 8/9 − 1 = −11.11%
    expect(f).toMatchObject({ code: 'implied-rest-growth', severity: 'warning' })
    expect(f!.implied_rest_growth).toBeCloseTo(1 / 9, 12)
    expect(f!.region_growth).toBeCloseTo(Math.sqrt(0.89) - 1, 12)
    expect(f!.rest_growth_on_paths).toBeCloseTo(-1 / 9, 12)
    expect(f!.message).toContain('shrinks −11.11% a year (81 → 64)')
  })

  it('warns when the region path leaves no rest at all', () => {
    const [f] = findings(share(19, 25, '{2005: 100, 2007: 25}'))
    // region 25 in 2007 = the zone's 25: nothing left
    expect(f).toMatchObject({ code: 'implied-rest-growth', severity: 'warning', rest_growth_on_paths: null })
    expect(f!.message).toContain('vanishes by 2007')
  })

  it('warns, with no rate, when the zone is not smaller than the region at the base', () => {
    const [f] = findings(share(100, 120, '{base: 100, growth: 0.1}'))
    // rest(2005) = 100 − 100 = 0
    expect(f).toMatchObject({ code: 'implied-rest-growth', severity: 'warning', rest_base: 0, implied_rest_growth: null })
    expect(f!.message).toContain('GDP (gdp) is 100 in 2005')
    expect(f!.message).toContain('the region\'s GDP (region.gdp) of 100')
  })

  it('reads a share across price bases in nominal terms', () => {
    // zone fiscal revenue (nominal) 19 → 25; region GDP real, flat at 100, nominal 100 → 121 at 10% inflation:
    // the same numbers as the first case, so the same 11.11%, and the region grows 10% a year nominal
    const yaml =
      'id: t\nyears: {base: 2005, end: 2007}\ninflation: 0.1\nbase: {fiscal_revenue: 19}\nregion: {gdp: 100}\n' +
      'plan: {fiscal_revenue: {levels: {2007: 25}}}\ntargets:\n  - {id: s, kind: share, series: fiscal_revenue, of: gdp, year: 2007, min: 0.2}\n'
    const [f] = findings(yaml)
    expect(f).toMatchObject({ code: 'implied-rest-growth', severity: 'info', region_series: 'region.gdp' })
    expect(f!.region_base).toBe(100)
    expect(f!.implied_rest_growth).toBeCloseTo(1 / 9, 12)
    expect(f!.region_growth).toBeCloseTo(0.1, 12)
  })

  it('needs a share target with a min between 0 and 1 after the base year', () => {
    expect(findings(share(19, 25, '{base: 100, growth: 0.1}', 'max: 0.5'))).toEqual([])
    expect(findings(share(19, 25, '{base: 100, growth: 0.1}', 'min: 1'))).toEqual([])
    const atBase = share(19, 25, '{base: 100, growth: 0.1}').replace('year: 2007, min', 'year: 2005, min')
    expect(findings(atBase)).toEqual([])
  })
})
