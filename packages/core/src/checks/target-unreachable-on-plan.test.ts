import { describe, expect, it } from 'vitest'
import { checkScenario } from '../check-scenario'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'

/** The target-unreachable-on-plan findings of a scenario, through checkScenario. */
function findings(yaml: string) {
  return checkScenario(realiseScenario(loadScenario(yaml, 'x.yaml'))).findings.filter((f) => f.code === 'target-unreachable-on-plan')
}

// GDP 100, 110, 121 (10% a year); region 400 flat; infrastructure pinned only in 2007, no base
const scenario = (target: string) =>
  'id: t\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100}\nregion: {gdp: 400}\n' +
  `plan:\n  gdp: {growth: 0.1}\n  infrastructure: {levels: {2007: 5}}\ntargets:\n  - ${target}\n`

describe('target-unreachable-on-plan', () => {
  it('fires when the plan path misses a min, naming the target and both numbers', () => {
    const [f, ...rest] = findings(scenario('{id: g, kind: cagr, series: gdp, from: 2005, to: 2007, min: 0.12, label: {en: "GDP up 12% a year"}}'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'target-unreachable-on-plan', severity: 'warning', target: 'g', min: 0.12, target_kind: 'cagr', target_label: { en: 'GDP up 12% a year' } })
    // a rate has no unit
    expect(f).not.toHaveProperty('unit')
    // (121/100)^(1/2) − 1
    expect(f!.plan_value).toBeCloseTo(0.1, 12)
    expect(f!.message).toContain('target g')
    expect(f!.message).toContain('“GDP up 12% a year”')
    expect(f!.message).toContain('gives 10.0%')
    expect(f!.message).toContain('at least 12.0%')
  })

  it('prints levels as numbers and names a max', () => {
    const [f] = findings(scenario('{id: l, kind: level, series: gdp, year: 2007, max: 120}'))
    // 121 > 120
    expect(f).toMatchObject({ target: 'l', max: 120, target_kind: 'level', unit: 'yiyuan' })
    expect(f).not.toHaveProperty('min')
    expect(f).not.toHaveProperty('target_label')
    expect(f!.message).toContain('gives 121')
    expect(f!.message).toContain('at most 120')
  })

  it('names both bounds', () => {
    const [f] = findings(scenario('{id: s, kind: share, series: gdp, of: gdp, year: 2007, min: 0.2, max: 0.25}'))
    // 121/400 = 30.25%
    expect(f!.plan_value).toBeCloseTo(0.3025, 12)
    expect(f!.message).toContain('gives 30.3%')
    expect(f!.message).toContain('at least 20.0% and at most 25.0%')
  })

  it('is silent when the plan meets the target', () => {
    expect(findings(scenario('{id: g, kind: cagr, series: gdp, from: 2005, to: 2007, min: 0.1}'))).toEqual([])
  })

  it('says when the target has no value on the plan path', () => {
    const [f] = findings(scenario('{id: i, kind: level, series: infrastructure, year: 2006, min: 1}'))
    // infrastructure has no base and no level before 2007
    expect(f).toMatchObject({ code: 'target-unreachable-on-plan', severity: 'warning', target: 'i', plan_value: null })
    expect(f!.message).toContain('Target i cannot be evaluated on the plan path')
  })
})
