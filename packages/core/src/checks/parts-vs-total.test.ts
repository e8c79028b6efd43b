import { describe, expect, it } from 'vitest'
import { scenarioPaths } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { partsVsTotal } from './parts-vs-total'

function findings(yaml: string) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  return partsVsTotal(s, scenarioPaths(s))
}

/** Infrastructure in 2010 with `plan` as its plan entry (base 2009 = 8). */
const infra = (plan: string) => `id: t\nyears: {base: 2009, end: 2010}\nbase: {infrastructure: 8}\nplan:\n  infrastructure: ${plan}\n`

describe('parts-exceed-total / parts-short-of-total', () => {
  it('fires when the parts exceed the stated level by more than 1%', () => {
    const [f, ...rest] = findings(infra('{levels: {2010: 10}, parts: {2010: {roads: 6, power: 4.2}}}'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'parts-exceed-total', severity: 'warning', series: 'infrastructure', year: 2010, total: 10 })
    // 6 + 4.2 = 10.2; 10.2/10 − 1 = 2%
    expect(f!.parts_sum).toBeCloseTo(10.2, 12)
    expect(f!.difference).toBeCloseTo(0.2, 12)
    expect(f!.relative_difference).toBeCloseTo(0.02, 12)
    expect(f!.message).toContain('Infrastructure investment (infrastructure) 2010')
    expect(f!.message).toContain('2 listed parts sum to 10.2')
    expect(f!.message).toContain('stated total of 10')
    expect(f!.message).toContain('2.0%')
    expect(f!.message).toContain('roads 6, power 4.2')
    // the parts as listed; the total is the stated 2010 level
    expect(f).toMatchObject({ parts: { roads: 6, power: 4.2 }, total_source: 'stated', series_label: { en: 'Infrastructure investment' }, unit: 'yiyuan' })
  })

  it('fires when the parts fall short by more than 1%', () => {
    const [f] = findings(infra('{levels: {2010: 10}, parts: {2010: {roads: 6, power: 3.8}}}'))
    expect(f).toMatchObject({ code: 'parts-short-of-total', severity: 'warning', total: 10 })
    // 9.8/10 − 1 = −2%
    expect(f!.parts_sum).toBeCloseTo(9.8, 12)
    expect(f!.relative_difference).toBeCloseTo(-0.02, 12)
    expect(f!.message).toContain('less than the stated total of 10')
  })

  it('is silent 0.5% either side', () => {
    // 10.05/10 − 1 = +0.5%; 9.95/10 − 1 = −0.5%
    expect(findings(infra('{levels: {2010: 10}, parts: {2010: {roads: 6, power: 4.05}}}'))).toEqual([])
    expect(findings(infra('{levels: {2010: 10}, parts: {2010: {roads: 6, power: 3.95}}}'))).toEqual([])
  })

  it('compares with a `total:` written inside the parts', () => {
    const [f] = findings(infra('{parts: {2010: {roads: 6, power: 6, total: 10}}}'))
    // 12/10 − 1 = 20%
    expect(f).toMatchObject({ code: 'parts-exceed-total', total: 10 })
    expect(f!.relative_difference).toBeCloseTo(0.2, 12)
    expect(f!.message).toContain('2 listed parts')
  })

  it('prefers the `total:` inside the parts to the stated level', () => {
    // level 12 agrees with the parts (6 + 6), the written total 10 does not: 12/10 − 1 = 20%
    const [f] = findings(infra('{levels: {2010: 12}, parts: {2010: {roads: 6, power: 6, total: 10}}}'))
    expect(f).toMatchObject({ code: 'parts-exceed-total', total: 10 })
  })

  it('falls back to the plan path without a stated total', () => {
    // base 8, growth 0.25: 2010 = 10 on the path; parts 4.5 + 4.5 = 9, 9/10 − 1 = −10%
    const [f] = findings(infra('{growth: 0.25, parts: {2010: {roads: 4.5, power: 4.5}}}'))
    expect(f).toMatchObject({ code: 'parts-short-of-total' })
    expect(f!.total).toBeCloseTo(10, 12)
    expect(f!.relative_difference).toBeCloseTo(-0.1, 12)
    expect(f!.message).toContain('the plan path of 10')
  })
})

describe('the base year: investment against project investment and infrastructure (M2b)', () => {
  const base = (b: string) => `id: t\nyears: {base: 2009, end: 2010}\nbase: {gdp: 100, ${b}}\n`

  it('fires when the base parts exceed the base investment', () => {
    // 25 + 6 = 31 against 30: 31/30 − 1 = 3.3%
    const [f, ...rest] = findings(base('investment: 30, project_investment: 25, infrastructure: 6'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'parts-exceed-total', series: 'investment', year: 2009, total: 30, parts_sum: 31, difference: 1, parts: { project_investment: 25, infrastructure: 6 }, total_source: 'base' })
    expect(f!.relative_difference).toBeCloseTo(1 / 30, 12)
    expect(f!.message).toContain('2009 (base year): project investment 25 and infrastructure 6 sum to 31, more than the base investment of 30 by 1 (3.3%)')
    expect(f!.message).toContain('keeps the observed 30 and uses project investment 25')
  })

  it('fires when they fall short, and is silent when they agree within 1%', () => {
    // 20 + 5 = 25 against 30: −16.7%
    expect(findings(base('investment: 30, project_investment: 20, infrastructure: 5'))[0]).toMatchObject({ code: 'parts-short-of-total', parts_sum: 25 })
    // 24.9 + 5 = 29.9 against 30: −0.33%
    expect(findings(base('investment: 30, project_investment: 24.9, infrastructure: 5'))).toEqual([])
  })

  it('without project investment, only when infrastructure alone exceeds the investment (P(t0) is then 0)', () => {
    // 12 against 10: +20%; M2 takes max(0, 10 − 12) = 0
    const [f] = findings(base('investment: 10, infrastructure: 12'))
    expect(f).toMatchObject({ code: 'parts-exceed-total', parts: { infrastructure: 12 }, parts_sum: 12, total: 10 })
    expect(f!.message).toContain('infrastructure 12 alone is more than the base investment of 10')
    // 4 of 10: project investment is the other 6, nothing to say
    expect(findings(base('investment: 10, infrastructure: 4'))).toEqual([])
  })
})
