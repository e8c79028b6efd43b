import { describe, expect, it } from 'vitest'
import { scenarioPaths } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { levelRateMismatch } from './level-rate-mismatch'

function findings(yaml: string) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  return levelRateMismatch(s, scenarioPaths(s))
}

/** GDP from a base of 100 in 2005, with `levels` as its plan. */
const gdp = (levels: string, end = 2007) => `id: t\nyears: {base: 2005, end: ${end}}\nbase: {gdp: 100}\nplan:\n  gdp: {levels: ${levels}}\n`

describe('level-rate-mismatch', () => {
  it('fires when level and rate are more than 1 point apart', () => {
    const [f, ...rest] = findings(gdp('{2006: {value: 111.1, growth: 0.1}}'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'level-rate-mismatch', severity: 'warning', series: 'gdp', year: 2006, previous_year: 2005, previous_level: 100, stated_level: 111.1, stated_growth: 0.1 })
    // 111.1/100 − 1 = 11.1%, 1.1 points above 10%
    expect(f!.implied_growth).toBeCloseTo(0.111, 12)
    // 100·1.1
    expect(f!.level_at_stated_growth).toBeCloseTo(110, 12)
    // 111.1/1.1
    expect(f!.previous_level_implied).toBeCloseTo(101, 12)
    expect(f!.message).toContain('GDP (gdp) 2006')
    expect(f!.message).toContain('+11.1%')
    expect(f!.message).toContain('2005 base of 100')
    expect(f!.message).toContain('1.1 points')
    // the catalogue's label of gdp and the default money unit (yiyuan), for a report in either language
    expect(f).toMatchObject({ series_label: { en: 'GDP', zh: '生產總值' }, unit: 'yiyuan' })
  })

  it('fires below the rate too', () => {
    const [f] = findings(gdp('{2006: {value: 108.9, growth: 0.1}}'))
    // 108.9/100 − 1 = 8.9%: 1.1 points below
    expect(f?.code).toBe('level-rate-mismatch')
    expect(f!.implied_growth).toBeCloseTo(0.089, 12)
  })

  it('is silent 0.9 points apart', () => {
    // 110.9/100 − 1 = 10.9% against 10%; 109.1 → 9.1%
    expect(findings(gdp('{2006: {value: 110.9, growth: 0.1}}'))).toEqual([])
    expect(findings(gdp('{2006: {value: 109.1, growth: 0.1}}'))).toEqual([])
  })

  it('compares a later year with the plan path’s previous year', () => {
    // 2006 is not stated: the path runs geometric 100 → 144 over two years, so 2006 = 100·1.44^(1/2) = 120.
    // 144/120 − 1 = 20% a year, but the plan states 44% (the two-year rise read as one year's)
    const [f] = findings(gdp('{2007: {value: 144, growth: 0.44}}', 2008))
    expect(f).toMatchObject({ code: 'level-rate-mismatch', year: 2007, previous_year: 2006 })
    expect(f!.previous_level).toBeCloseTo(120, 10)
    expect(f!.implied_growth).toBeCloseTo(0.2, 10)
    // 120·1.44
    expect(f!.level_at_stated_growth).toBeCloseTo(172.8, 10)
    // 144/1.44
    expect(f!.previous_level_implied).toBeCloseTo(100, 10)
    expect(f!.message).toContain('GDP (gdp) 2007')
    expect(f!.message).toContain('in 2006')
    expect(f!.message).toContain('2006 level of 100')
  })

  it('uses a stated previous level', () => {
    // 150/120 − 1 = 25% against 10%
    const [f] = findings(gdp('{2006: 120, 2007: {value: 150, growth: 0.1}}'))
    expect(f!.previous_level).toBe(120)
    expect(f!.implied_growth).toBeCloseTo(0.25, 12)
    // 150/1.1 = 136.36…
    expect(f!.previous_level_implied).toBeCloseTo(150 / 1.1, 12)
  })

  it('is silent when level and rate agree, and when there is no previous level', () => {
    // 144/120 − 1 = 20%
    expect(findings(gdp('{2007: {value: 144, growth: 0.2}}', 2008))).toEqual([])
    // no base: nothing to compare 2006 with
    expect(findings('id: t\nyears: {base: 2005, end: 2007}\nplan:\n  gdp: {levels: {2006: {value: 10, growth: 0.5}}}\n')).toEqual([])
  })
})
