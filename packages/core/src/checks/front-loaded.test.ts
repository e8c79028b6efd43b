import { describe, expect, it } from 'vitest'
import { scenarioPaths } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { frontLoaded } from './front-loaded'

function findings(yaml: string) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  return frontLoaded(s, scenarioPaths(s))
}

/** GDP 2005–2008 from a base of 100, with `plan` as its plan entry. */
const gdp = (plan: string, end = 2008) => `id: t\nyears: {base: 2005, end: ${end}}\nbase: {gdp: 100}\nplan:\n  gdp: ${plan}\n`

describe('front-loaded', () => {
  it('fires when the first year outgrows the rest by more than 10 points', () => {
    const [f, ...rest] = findings(gdp('{levels: {2006: 121, 2008: 146.41}}'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'front-loaded', severity: 'info', series: 'gdp', first_year: 2006 })
    // 121/100 − 1 = 21%; (146.41/121)^(1/2) − 1 = 1.21^(1/2) − 1 = 10%; 11 points apart
    expect(f!.first_year_growth).toBeCloseTo(0.21, 12)
    expect(f!.remaining_years_growth).toBeCloseTo(0.1, 12)
    expect(f!.difference).toBeCloseTo(0.11, 12)
    expect(f!.message).toContain('GDP (gdp) grows +21.0% in 2006')
    expect(f!.message).toContain('+10.0% a year over 2007–2008')
    expect(f!.message).toContain('11.0 points')
    // the three levels the rates come from: 100 in 2005, 121 in 2006, 146.41 in 2008
    expect(f).toMatchObject({ base_year: 2005, base_level: 100, first_year_level: 121, end_year: 2008, series_label: { en: 'GDP' }, unit: 'yiyuan' })
    expect(f!.end_level).toBeCloseTo(146.41, 9)
  })

  it('is silent at 9 points', () => {
    // 119/100 − 1 = 19%; (143.99/119)^(1/2) − 1 = 1.21^(1/2) − 1 = 10%
    expect(findings(gdp('{levels: {2006: 119, 2008: 143.99}}'))).toEqual([])
  })

  it('reads a per-year growth map', () => {
    // 100 → 130 → 143 → 157.3: 30% then (157.3/130)^(1/2) − 1 = 10%
    const [f] = findings(gdp('{growth: {2006: 0.3, 2007: 0.1}}'))
    expect(f?.code).toBe('front-loaded')
    expect(f!.difference).toBeCloseTo(0.2, 12)
  })

  it('is silent for a series stated only in its first year', () => {
    // path 100, 200, 200, 200 would be +100% then 0%, but the plan says nothing after 2006
    expect(findings(gdp('{levels: {2006: 200}}'))).toEqual([])
  })

  it('needs at least two years after the base', () => {
    expect(findings(gdp('{levels: {2006: 200}}', 2006))).toEqual([])
    expect(findings(gdp('{growth: 0.5}', 2006))).toEqual([])
  })
})
