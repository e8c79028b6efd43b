import { describe, expect, it } from 'vitest'
import { checkScenario } from './check-scenario'
import type { Requirements } from './requirements/requirements'
import { loadScenario } from './scenario/load-scenario'
import { realiseScenario } from './scenario/realise-scenario'

const check = (yaml: string) => checkScenario(realiseScenario(loadScenario(yaml, 'x.yaml')))

// Plan: GDP 100 → 110 → 121 (10% a year), region 400 flat; industrial VA states 2006 as 130 "+10%" on a base of 100.
// Model (MODEL.md §2), chosen so that it can be done by hand: no land block (P = D), no inflation, e = 0, ℓ = 1,
// no expansion, v = 4, project investment 40 in the base year and a constant demand of 40, so M4 is
// Y(t) = Y(t−1) + 40/4: 100 → 110 → 120. M5 without drift: V(t) = 100·Y(t)/100, the same numbers.
const scenario = (targets: string[], extra = '') =>
  'id: demo\ntitle: {en: Demo zone}\nyears: {base: 2005, end: 2007}\n' +
  'base: {gdp: 100, industrial_va: 100, project_investment: 40}\nregion: {gdp: 400}\n' +
  'plan:\n  gdp: {growth: 0.1}\n  industrial_va: {levels: {2006: {value: 130, growth: 0.1}}}\n' +
  'model: {capital_output_ratio: 4, gestation_years: 1, incumbent_growth: 0, expansion: 0, attraction: 40}\n' +
  extra +
  'targets:\n' +
  targets.map((t) => `  - ${t}\n`).join('')

// plan (121/100)^(1/2) − 1 = 10%; model (120/100)^(1/2) − 1 = 9.54%: met on both
const cagrMet = '{id: gdp-cagr-9, kind: cagr, series: gdp, from: 2005, to: 2007, min: 0.09, label: {en: "GDP +9% a year"}}'
// met on the plan path (10%), missed on the model path (9.54%)
const cagrPlanOnly = '{id: gdp-cagr, kind: cagr, series: gdp, from: 2005, to: 2007, min: 0.1}'
// plan 121/400 = 30.25%, model 120/400 = 30%: missed on both
const shareMissed = '{id: gdp-share, kind: share, series: gdp, of: gdp, year: 2007, min: 0.35, max: 0.5}'

describe('checkScenario', () => {
  it('is ok when every target is met on the model path, warnings or not', () => {
    const r = check(scenario([cagrMet]))
    expect(r.ok).toBe(true)
    // 130/100 − 1 = 30% against "+10%": a warning, which does not make the check fail
    expect(r.findings.map((f) => [f.code, f.severity])).toContainEqual(['level-rate-mismatch', 'warning'])
    expect(r.targets).toMatchObject([{ id: 'gdp-cagr-9', kind: 'cagr', min: 0.09, status: 'met', plan: { met: true }, model: { met: true }, label: { en: 'GDP +9% a year' } }])
    // (121/100)^(1/2) − 1
    expect(r.targets[0]!.plan.value).toBeCloseTo(0.1, 12)
    // (120/100)^(1/2) − 1 = √1.2 − 1
    expect(r.targets[0]!.model!.value).toBeCloseTo(Math.sqrt(1.2) - 1, 12)
    expect(r.targets[0]!.model!.value).toBeCloseTo(0.0954, 4)
  })

  it('is not ok when a target met on the plan path is missed on the model path', () => {
    const r = check(scenario([cagrMet, cagrPlanOnly]))
    expect(r.ok).toBe(false)
    const t = r.targets[1]!
    expect(t).toMatchObject({ id: 'gdp-cagr', min: 0.1, status: 'missed', plan: { met: true }, model: { met: false } })
    // plan 10% meets its own rate (tolerance 1e-9); the model's 9.54% does not
    expect(t.plan.value).toBeCloseTo(0.1, 12)
    expect(t.model!.value).toBeCloseTo(Math.sqrt(1.2) - 1, 12)
    // the plan path is consistent with the target, so no plan finding about it
    expect(r.findings.filter((f) => f.code === 'target-unreachable-on-plan')).toEqual([])
  })

  it('is not ok when a target is missed on both paths, and says so for the plan path', () => {
    const r = check(scenario([cagrMet, shareMissed]))
    expect(r.ok).toBe(false)
    const share = r.targets[1]!
    expect(share).toMatchObject({ id: 'gdp-share', kind: 'share', min: 0.35, max: 0.5, status: 'missed', plan: { met: false }, model: { met: false } })
    // plan 121/400 = 30.25% < 35%; model 120/400 = 30%
    expect(share.plan.value).toBeCloseTo(0.3025, 12)
    expect(share.model!.value).toBeCloseTo(0.3, 12)
    expect(r.findings.filter((f) => f.code === 'target-unreachable-on-plan')).toMatchObject([{ target: 'gdp-share' }])
  })

  it('leaves GDP flat when the model attracts nothing: 0% a year, missed', () => {
    // the same plan with a model that adds nothing: no base project investment and no demand, so Y stays at 100
    const r = check(scenario([cagrPlanOnly]).replace('attraction: 40', 'attraction: 0').replace('project_investment: 40', 'project_investment: 0'))
    expect(r.targets[0]).toMatchObject({ status: 'missed', plan: { met: true }, model: { value: 0, met: false } })
    expect(r.ok).toBe(false)
  })

  it('judges targets on the model path and says so', () => {
    const r = check(scenario([cagrMet]))
    expect(r.status_from).toBe('model')
    expect(r.targets[0]).toMatchObject({ probability: null })
    expect(r.targets[0]!.model).not.toBeNull()
  })

  it('evaluates levels and industrial VA on the model path by hand', () => {
    const level = (id: string, series: string, year: number, min: number) => `{id: ${id}, kind: level, series: ${series}, year: ${year}, min: ${min}}`
    const r = check(scenario([level('gdp-2006', 'gdp', 2006, 110), level('gdp-2007', 'gdp', 2007, 121), level('va-2006', 'industrial_va', 2006, 130)]))
    const [g6, g7, v6] = r.targets
    // 100 + 40/4 = 110: met on both (plan 110)
    expect(g6).toMatchObject({ status: 'met', plan: { met: true }, model: { met: true } })
    expect(g6!.model!.value).toBeCloseTo(110, 12)
    // 110 + 40/4 = 120 < 121 (plan 121)
    expect(g7).toMatchObject({ status: 'missed', plan: { met: true }, model: { met: false } })
    expect(g7!.model!.value).toBeCloseTo(120, 12)
    // M5: 100·(110/100)·(1 + 0)^1 = 110 against the plan's stated 130
    expect(v6).toMatchObject({ status: 'missed', plan: { value: 130, met: true }, model: { met: false } })
    expect(v6!.model!.value).toBeCloseTo(110, 12)
  })

  it('lets a series the model does not produce follow its plan path, with a note', () => {
    const extra = 'series: {exports: {unit: money}}\n'
    const withExports = scenario(['{id: exports-2007, kind: level, series: exports, year: 2007, min: 20}'], extra).replace('project_investment: 40}', 'project_investment: 40, exports: 10}').replace('plan:\n', 'plan:\n  exports: {growth: 0.5}\n')
    const r = check(withExports)
    // 10·1.5^2 = 22.5 on the plan path, and the same on the model path
    expect(r.targets[0]).toMatchObject({ status: 'met', plan: { met: true }, model: { met: true } })
    expect(r.targets[0]!.plan.value).toBeCloseTo(22.5, 12)
    expect(r.targets[0]!.model!.value).toBe(r.targets[0]!.plan.value)
    expect(r.notes.join(' ')).toContain('gives no exports of its own: there they follow their plan path')
  })

  it('gives the requirements of the plan’s GDP path (R1) by hand', () => {
    const req = check(scenario([cagrMet])).requirements as Requirements
    // R1: P_req(t − 1) = v·(X(t) − X(t − 1)) = 4·(110 − 100) = 40 for 2005, 4·(121 − 110) = 44 for 2006
    expect(req.years).toEqual([2005, 2006])
    expect(req.project_investment_real[0]).toBeCloseTo(40, 9)
    expect(req.project_investment_real[1]).toBeCloseTo(44, 9)
    // cohorts after the base year only: 44
    expect(req.project_investment_real_total).toBeCloseTo(44, 9)
    // the base year's cohort: 2006's growth needed 40, and 40 was invested
    expect(req.base_cohort).toMatchObject({ year: 2005, made: 40 })
    expect(req.base_cohort!.required).toBeCloseTo(40, 9)
    // no land block, no plan investment path: no land requirement and no implied ICOR, so no such findings
    expect(req).toMatchObject({ land_needed_km2: null, implied_icor: null })
    expect(check(scenario([cagrMet])).findings.filter((f) => ['implied-icor', 'land-short', 'debt-limit-breached'].includes(f.code))).toEqual([])
  })

  it('reports every model parameter left at its default, one finding each', () => {
    const r = check(scenario([cagrMet]))
    const defaulted = r.findings.filter((f) => f.code === 'default-assumed')
    const params = defaulted.map((f) => f.parameter)
    // given in the scenario: not reported
    for (const p of ['model.capital_output_ratio', 'model.gestation_years', 'model.incumbent_growth', 'model.expansion', 'model.attraction']) expect(params).not.toContain(p)
    // left out: reported, each once, as info
    for (const p of ['model.infrastructure', 'model.land', 'model.tax.buoyancy', 'model.finance.interest_rate']) expect(params.filter((x) => x === p), p).toHaveLength(1)
    expect(new Set(params).size).toBe(params.length)
    expect(defaulted.every((f) => f.severity === 'info')).toBe(true)
    // MODEL.md §2's default r = 0.06
    expect(defaulted.find((f) => f.parameter === 'model.finance.interest_rate')).toMatchObject({ value: 0.06 })
  })

  it('gives the JSON keys of shared/INTERFACE.md', () => {
    const json = JSON.parse(JSON.stringify(check(scenario([cagrMet, shareMissed])))) as Record<string, unknown>
    expect(json).toMatchObject({ scenario: { id: 'demo', years: { base: 2005, end: 2007 } }, ok: false, status_from: 'model' })
    expect(Object.keys(json.requirements as object)).toEqual(expect.arrayContaining(['project_investment_real', 'land_needed_km2', 'implied_icor', 'debt_required']))
    const targets = json.targets as Record<string, unknown>[]
    expect(targets).toHaveLength(2)
    for (const t of targets) {
      for (const key of ['id', 'kind', 'plan', 'model', 'probability', 'status']) expect(t, key).toHaveProperty(key)
      expect(Object.keys(t.plan as object).sort()).toEqual(['met', 'value'])
      expect(Object.keys(t.model as object).sort()).toEqual(['met', 'value'])
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

  it('gives empty requirements when the plan has no GDP path', () => {
    const r = check('id: t\nyears: {base: 2005, end: 2007}\nbase: {investment: 10}\nplan: {investment: {growth: 0.1}}\ntargets:\n  - {id: i, kind: level, series: investment, year: 2007, min: 12}\n')
    expect(r.requirements).toEqual({})
    // model investment P + S: no infrastructure (S = 0) and demand defaulting to plan investment − S, so the plan's 10·1.1^2 = 12.1
    expect(r.targets[0]).toMatchObject({ status: 'met', plan: { met: true }, model: { met: true } })
    expect(r.targets[0]!.model!.value).toBeCloseTo(12.1, 9)
    expect(r.findings.find((f) => f.parameter === 'model.attraction')).toMatchObject({ value: 'plan investment − infrastructure' })
    expect(r.ok).toBe(true)
    expect(r.notes.join(' ')).toContain('no base.gdp')
  })
})
