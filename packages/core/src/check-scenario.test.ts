import { describe, expect, it } from 'vitest'
import { checkScenario } from './check-scenario'
import { loadScenario } from './scenario/load-scenario'
import { realiseScenario } from './scenario/realise-scenario'

const check = (yaml: string) => checkScenario(realiseScenario(loadScenario(yaml, 'x.yaml')))

// GDP 100 → 110 → 121 (10% a year), region 400 flat; industrial VA states 2006 as 130 "+10%" on a base of 100
const scenario = (targets: string[]) =>
  'id: demo\ntitle: {en: Demo zone}\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100, industrial_va: 100}\nregion: {gdp: 400}\n' +
  'plan:\n  gdp: {growth: 0.1}\n  industrial_va: {levels: {2006: {value: 130, growth: 0.1}}}\n' +
  'targets:\n' +
  targets.map((t) => `  - ${t}\n`).join('')

const cagrMet = '{id: gdp-cagr, kind: cagr, series: gdp, from: 2005, to: 2007, min: 0.1, label: {en: "GDP +10% a year"}}'
const shareMissed = '{id: gdp-share, kind: share, series: gdp, of: gdp, year: 2007, min: 0.35, max: 0.5}'

describe('checkScenario', () => {
  it('is ok when every target is met, warnings or not', () => {
    const r = check(scenario([cagrMet]))
    expect(r.ok).toBe(true)
    // 130/100 − 1 = 30% against "+10%": a warning, which does not make the check fail
    expect(r.findings.map((f) => [f.code, f.severity])).toContainEqual(['level-rate-mismatch', 'warning'])
    expect(r.targets).toMatchObject([{ id: 'gdp-cagr', kind: 'cagr', min: 0.1, status: 'met', plan: { met: true }, label: { en: 'GDP +10% a year' } }])
    // (121/100)^(1/2) − 1
    expect(r.targets[0]!.plan.value).toBeCloseTo(0.1, 12)
  })

  it('is not ok when a target is missed on the plan path', () => {
    const r = check(scenario([cagrMet, shareMissed]))
    expect(r.ok).toBe(false)
    // 121/400 = 30.25% < 35%
    const share = r.targets[1]!
    expect(share).toMatchObject({ id: 'gdp-share', kind: 'share', min: 0.35, max: 0.5, status: 'missed', plan: { met: false } })
    expect(share.plan.value).toBeCloseTo(0.3025, 12)
    expect(r.findings.filter((f) => f.code === 'target-unreachable-on-plan')).toMatchObject([{ target: 'gdp-share' }])
  })

  it('judges targets on the plan path and says so', () => {
    const r = check(scenario([cagrMet]))
    expect(r.status_from).toBe('plan')
    expect(r.targets[0]).toMatchObject({ model: null, probability: null })
    expect(r.notes.join(' ')).toContain('plan path')
  })

  it('gives the JSON keys of shared/INTERFACE.md', () => {
    const json = JSON.parse(JSON.stringify(check(scenario([cagrMet, shareMissed])))) as Record<string, unknown>
    expect(json).toMatchObject({ scenario: { id: 'demo', years: { base: 2005, end: 2007 } }, ok: false, requirements: {} })
    const targets = json.targets as Record<string, unknown>[]
    expect(targets).toHaveLength(2)
    for (const t of targets) {
      for (const key of ['id', 'kind', 'plan', 'model', 'probability', 'status']) expect(t, key).toHaveProperty(key)
      expect(Object.keys(t.plan as object).sort()).toEqual(['met', 'value'])
    }
    // bounds appear only where given
    expect(targets[0]).toHaveProperty('min')
    expect(targets[0]).not.toHaveProperty('max')
    const findings = json.findings as Record<string, unknown>[]
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) {
      expect(typeof f.code).toBe('string')
      expect(['error', 'warning', 'info']).toContain(f.severity)
      expect(typeof f.message).toBe('string')
    }
  })
})
