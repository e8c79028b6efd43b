import { describe, expect, it } from 'vitest'
import { checkScenario } from '../check-scenario'
import { modelParams } from '../model/model-params'
import { scenarioPaths } from '../plan/scenario-paths'
import { requirements } from '../requirements/requirements'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { impliedIcor } from './implied-icor'

function findings(yaml: string) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  const paths = scenarioPaths(s)
  const m = modelParams(s, paths)
  const r = requirements(m, paths.plan.gdp!, paths.plan.investment, paths.years.map(() => null))
  return impliedIcor(s, r, m.gestation)
}

/** One plan year, ℓ = 0: GDP 100 → 110, investment I in 2006, so the implied ICOR is I/10. */
const oneYear = (investment: number, extra = '') =>
  `id: t\nyears: {base: 2005, end: 2006}\nbase: {gdp: 100, investment: 10}\nplan: {gdp: {levels: {2006: 110}}, investment: {levels: {2006: ${investment}}}}\nmodel: {gestation_years: 0}\n${extra}`

describe('implied-icor', () => {
  it('is info inside the default range [2.5, 7], at both ends', () => {
    // 25/10 = 2.5 and 70/10 = 7: inside (the range is closed)
    for (const [investment, v] of [
      [25, 2.5],
      [40, 4],
      [70, 7]
    ] as const) {
      const [f, ...rest] = findings(oneYear(investment))
      expect(rest).toEqual([])
      expect(f).toMatchObject({ code: 'implied-icor', severity: 'info', range: [2.5, 7], gestation_years: 0, base_year: 2005, end_year: 2006 })
      expect(f!.implied_icor).toBeCloseTo(v, 12)
      expect(f!.message).toContain('Within the plausible range [2.5, 7]')
    }
  })

  it('warns below 2.5: growth optimistic for the investment', () => {
    // 24/10 = 2.4
    const [f] = findings(oneYear(24))
    expect(f).toMatchObject({ severity: 'warning' })
    expect(f!.implied_icor).toBeCloseTo(2.4, 12)
    expect(f!.message).toContain('an implied ICOR of 2.40')
    expect(f!.message).toContain('Below 2.5')
  })

  it('warns above 7: investment ambitious for the growth', () => {
    // 71/10 = 7.1
    const [f] = findings(oneYear(71))
    expect(f).toMatchObject({ severity: 'warning' })
    expect(f!.implied_icor).toBeCloseTo(7.1, 12)
    expect(f!.message).toContain('an implied ICOR of 7.10')
    expect(f!.message).toContain('Above 7')
  })

  it('reads a custom checks.icor_range', () => {
    const range = 'checks: {icor_range: [3, 5]}\n'
    // 28/10 = 2.8 < 3; 30/10 = 3 and 50/10 = 5 inside; 51/10 = 5.1 > 5; 71/10 = 7.1 > 5
    expect(findings(oneYear(28, range))[0]).toMatchObject({ severity: 'warning', range: [3, 5] })
    expect(findings(oneYear(30, range))[0]).toMatchObject({ severity: 'info' })
    expect(findings(oneYear(50, range))[0]).toMatchObject({ severity: 'info' })
    expect(findings(oneYear(51, range))[0]).toMatchObject({ severity: 'warning' })
    expect(findings(oneYear(51, range))[0]!.message).toContain('Above 5')
    // 2.4 is outside the default range but inside [2, 3]
    expect(findings(oneYear(24, 'checks: {icor_range: [2, 3]}\n'))[0]).toMatchObject({ severity: 'info' })
  })

  it('names the investment years (lagged by ℓ), the growth years and the value', () => {
    // ℓ = 1: (50 + 60 + 70)/(130 − 100) = 6 over investment years 2005–2007, growth 2005–2008
    const [f] = findings(
      'id: t\nyears: {base: 2005, end: 2008}\nbase: {gdp: 100, investment: 50}\nplan: {gdp: {levels: {2006: 110, 2007: 120, 2008: 130}}, investment: {levels: {2006: 60, 2007: 70, 2008: 80}}}\n'
    )
    expect(f).toMatchObject({ severity: 'info', gestation_years: 1 })
    expect(f!.implied_icor).toBeCloseTo(6, 12)
    expect(f!.message).toContain('The plan invests 6 yuan')
    expect(f!.message).toContain('over 2005–2007 against GDP growth over 2005–2008 (a 1-year lag), an implied ICOR of 6.00')
  })

  it('is silent without a plan investment path', () => {
    expect(findings('id: t\nyears: {base: 2005, end: 2006}\nbase: {gdp: 100}\nplan: {gdp: {growth: 0.1}}\n')).toEqual([])
    expect(impliedIcor(realiseScenario(loadScenario('id: t\nyears: {base: 2005, end: 2006}\n', 'x.yaml')), null, 1)).toEqual([])
  })

  it('appears in zonecast check', () => {
    const r = checkScenario(realiseScenario(loadScenario(oneYear(71), 'x.yaml')))
    expect(r.findings.filter((f) => f.code === 'implied-icor')).toMatchObject([{ severity: 'warning' }])
    expect((r.requirements as { implied_icor: number }).implied_icor).toBeCloseTo(7.1, 12)
  })
})
