import { describe, expect, it } from 'vitest'
import { checkScenario } from '../check-scenario'
import { modelParams } from '../model/model-params'
import { scenarioPaths } from '../plan/scenario-paths'
import { requirements } from '../requirements/requirements'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { landShort } from './land-short'

function findings(yaml: string) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  const paths = scenarioPaths(s)
  const m = modelParams(s, paths)
  return landShort(s, requirements(m, paths.plan.gdp!, paths.plan.investment, paths.years.map(() => null)))
}

// GDP +10 a year to 130 in 2008, v = 4: P_req = 40 a cohort; κ = 10: 4 km² a cohort; U(t0) = 2
const scenario = (planned: number, ell: number) =>
  'id: t\nyears: {base: 2005, end: 2008}\nbase: {gdp: 100}\nplan: {gdp: {levels: {2006: 110, 2007: 120, 2008: 130}}}\n' +
  `model: {gestation_years: ${ell}, land: {planned: ${planned}, serviced: 4, used: 2}, servicing_cost: 1.5, investment_intensity: 10}\n`

describe('land-short', () => {
  it('fires when the land needed exceeds A_max − U(t0), naming the year land runs out', () => {
    // ℓ = 0: cohorts 2006–2008, 3·40 = 120 → 12 km² against 10 − 2 = 8: 4 km² short, 12 > 8 first in 2008
    const [f, ...rest] = findings(scenario(10, 0))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'land-short', severity: 'warning', land_available_km2: 8, year: 2008, scenario_end: 2008 })
    expect(f!.land_needed_km2).toBeCloseTo(12, 9)
    expect(f!.shortfall_km2).toBeCloseTo(4, 9)
    expect(f!.message).toContain('needs 120 of new project investment')
    expect(f!.message).toContain('occupies 12 km²')
    expect(f!.message).toContain('only 8 km² of the planned area is not yet in use: 4 km² short, with land running out in 2008')
    // 3 cohorts of 40, in the default money unit
    expect(f!.project_investment_real_total).toBeCloseTo(120, 9)
    expect(f!.money).toBe('yiyuan')
  })

  it('is silent when the land needed equals the land available', () => {
    // ℓ = 1: cohorts 2006, 2007 after t0: 80 → 8 km² = 8 available
    expect(findings(scenario(10, 1))).toEqual([])
  })

  it('fires just above it', () => {
    // ℓ = 1, A_max 9.9: 8 km² against 7.9, cumulative 4, 8 → out in 2007; 0.1 km² short
    const [f] = findings(scenario(9.9, 1))
    expect(f).toMatchObject({ code: 'land-short', year: 2007 })
    expect(f!.shortfall_km2).toBeCloseTo(0.1, 9)
    expect(f!.message).toContain('0.1 km² short, with land running out in 2007')
  })

  it('is silent without a land block or a plan GDP path', () => {
    expect(findings('id: t\nyears: {base: 2005, end: 2008}\nbase: {gdp: 100}\nplan: {gdp: {growth: 0.5}}\n')).toEqual([])
    expect(landShort(realiseScenario(loadScenario('id: t\nyears: {base: 2005, end: 2006}\n', 'x.yaml')), null)).toEqual([])
  })

  it('appears in zonecast check', () => {
    const r = checkScenario(realiseScenario(loadScenario(scenario(10, 0), 'x.yaml')))
    expect(r.findings.filter((f) => f.code === 'land-short')).toMatchObject([{ severity: 'warning', year: 2008 }])
  })
})
