/**
 * The seed scenarios of scenarios/*.yaml: the findings a careful reader expects (each file's
 * header, "What a careful reader finds"), with the hand arithmetic beside each number.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkScenario } from './check-scenario'
import type { Finding } from './results'
import { loadScenario } from './scenario/load-scenario'
import { realiseScenario } from './scenario/realise-scenario'

function seed(name: string) {
  const file = new URL(`../../../scenarios/${name}.yaml`, import.meta.url)
  const s = realiseScenario(loadScenario(readFileSync(file, 'utf8'), `scenarios/${name}.yaml`))
  const r = checkScenario(s)
  const value = (id: string) => r.targets.find((t) => t.id === id)?.plan.value
  const status = (id: string) => r.targets.find((t) => t.id === id)?.status
  const only = (code: string, pick: (f: Finding) => boolean = () => true) => {
    const found = r.findings.filter((f) => f.code === code && pick(f))
    expect(found, code).toHaveLength(1)
    return found[0]!
  }
  return { s, r, value, status, only }
}

describe('jilin-2006-2010', () => {
  const { r, value, status, only } = seed('jilin-2006-2010')

  it('reports the findings the header lists, and no others', () => {
    const codes = r.findings.map((f) => `${f.code} ${String(f.series ?? f.target)}`).sort()
    expect(codes).toEqual([
      'front-loaded gdp',
      'front-loaded industrial_va',
      'implied-rest-growth external_funds',
      'implied-rest-growth fiscal_revenue',
      'implied-rest-growth gdp',
      'implied-rest-growth industrial_va',
      'implied-rest-growth investment',
      'level-rate-mismatch industrial_va',
      'target-unreachable-on-plan fiscal-revenue-share-2010'
    ])
    // an inflation path is given and no target mixes bases (finding 9)
    expect(r.findings.filter((f) => f.code === 'mixed-price-basis')).toEqual([])
    expect(r.ok).toBe(false)
  })

  it('1: industrial VA 2006, 1080 stated as +35% on 715.2', () => {
    const f = only('level-rate-mismatch')
    expect(f).toMatchObject({ severity: 'warning', series: 'industrial_va', year: 2006, previous_level: 715.2 })
    // 1080/715.2 − 1 = 0.5101 (+51.0%), 16.0 points above 35%
    expect(f.implied_growth).toBeCloseTo(0.5101, 4)
    // 715.2·1.35 = 965.52
    expect(f.level_at_stated_growth).toBeCloseTo(965.52, 9)
    // 1080/1.35 = 800
    expect(f.previous_level_implied).toBeCloseTo(800, 9)
    expect(f.message).toContain('Industrial value added (industrial_va) 2006')
    expect(f.message).toContain('+51.0%')
    expect(f.message).toContain('16.0 points')
    // GDP 1680/1227.79 − 1 = 36.83% vs 37% (0.17 pt); revenue 160/127.3 − 1 = 25.69% vs 25% (0.69 pt): inside 1 point
  })

  it('2: GDP and industrial VA front-loaded', () => {
    const gdp = only('front-loaded', (f) => f.series === 'gdp')
    expect(gdp.severity).toBe('info')
    // 1680/1227.79 − 1 = 36.83%
    expect(gdp.first_year_growth).toBeCloseTo(0.3683, 4)
    // 2010 = 1227.79·1.21^5 = 3184.57; (3184.57/1680)^(1/4) − 1 = 17.34%
    expect(gdp.remaining_years_growth).toBeCloseTo(0.1734, 4)
    // 36.83 − 17.34 = 19.5 points
    expect(gdp.difference).toBeCloseTo(0.195, 3)
    expect(gdp.message).toContain('GDP (gdp)')
    expect(gdp.message).toContain('2007–2010')
    const va = only('front-loaded', (f) => f.series === 'industrial_va')
    // 1080/715.2 − 1 = 51.01%; 2010 = 715.2·1.24^5 = 2096.70, (2096.70/1080)^(1/4) − 1 = 18.04%
    expect(va.first_year_growth).toBeCloseTo(0.5101, 4)
    expect(va.remaining_years_growth).toBeCloseTo(0.1804, 4)
    // not front-loaded: revenue 160/127.3 − 1 = 25.7% then (368.70/160)^(1/4) − 1 = 23.2%;
    // investment 26% then 23.5%; foreign capital, domestic inflows, external funds stated only in 2006
  })

  it('3: GDP share 50% leaves the rest of the province at most 5.97% a year, just under half of 12%', () => {
    const f = only('implied-rest-growth', (x) => x.target === 'gdp-share-2010')
    expect(f.severity).toBe('warning')
    // 3611.15 − 1227.79 = 2383.36
    expect(f.rest_base).toBeCloseTo(2383.36, 9)
    // zone 2010 = 1227.79·1.21^5 = 3184.57; rest at most 3184.57·(1/0.5 − 1) = 3184.57
    expect(f.rest_max_at_year).toBeCloseTo(3184.57, 2)
    // (3184.57·(1/0.5 − 1)/2383.36)^(1/5) − 1 = 1.33617^(1/5) − 1 = 5.97%
    expect(f.implied_rest_growth).toBeCloseTo(0.0597, 4)
    // province at 12%, half of it 6.00% > 5.97%
    expect(f.region_growth).toBeCloseTo(0.12, 12)
    expect(f.message).toContain('+5.97%')
    expect(f.message).toContain('+6.00%')
    // met, barely: 3184.57/(3611.15·1.12^5 = 6364.08) = 50.04%
    expect(value('gdp-share-2010')).toBeCloseTo(0.5004, 4)
    expect(status('gdp-share-2010')).toBe('met')
  })

  it('4: industrial VA share 70%: a loose bound, but the province path leaves the rest shrinking', () => {
    const f = only('implied-rest-growth', (x) => x.target === 'industrial-va-share-2010')
    // rest(2005) = 1200 − 715.2 = 484.8; at most 2096.70·(1/0.7 − 1) = 898.58 in 2010
    expect(f.rest_base).toBeCloseTo(484.8, 9)
    expect(f.rest_max_at_year).toBeCloseTo(898.58, 2)
    // (898.58/484.8)^(1/5) − 1 = 13.14%
    expect(f.implied_rest_growth).toBeCloseTo(0.1314, 4)
    // province 1200·1.12^5 = 2114.81; rest 2114.81 − 2096.70 = 18.11; (18.11/484.8)^(1/5) − 1 = −48.2% a year.
    // The header says "info; no check flags the shrinking rest": the check now does, as MODEL.md's
    // warning rule and the brief ask.
    expect(f.rest_growth_on_paths).toBeCloseTo(-0.4818, 4)
    expect(f.severity).toBe('warning')
    // 2096.70/2114.81 = 99.1%
    expect(value('industrial-va-share-2010')).toBeCloseTo(0.9914, 4)
  })

  it('5: fiscal revenue share 50% is missed on the plan path at 38.8%', () => {
    const f = only('implied-rest-growth', (x) => x.target === 'fiscal-revenue-share-2010')
    expect(f.severity).toBe('warning')
    // rest(2005) = 418.75 − 127.3 = 291.45; zone 2010 = 127.3·1.237^5 = 368.70; (368.70/291.45)^(1/5) − 1 = 4.81% < 17.8%/2
    expect(f.rest_base).toBeCloseTo(291.45, 9)
    expect(f.implied_rest_growth).toBeCloseTo(0.0481, 4)
    expect(f.region_growth).toBeCloseTo(0.178, 12)
    // 368.70/(418.75·1.178^5 = 949.91) = 38.8%
    expect(value('fiscal-revenue-share-2010')).toBeCloseTo(0.3881, 4)
    expect(status('fiscal-revenue-share-2010')).toBe('missed')
    const u = only('target-unreachable-on-plan')
    expect(u).toMatchObject({ severity: 'warning', target: 'fiscal-revenue-share-2010', min: 0.5 })
    expect(u.message).toContain('38.8%')
    expect(u.message).toContain('50.0%')
  })

  it('6: investment share 33% met at 36.1%; the rest may grow 18.2%', () => {
    const f = only('implied-rest-growth', (x) => x.target === 'investment-share-2010')
    expect(f.severity).toBe('info')
    // zone 515.87·1.24^5 = 1512.34; rest at most 1512.34·(1/0.33 − 1) = 3070.50; rest(2005) = 1846.5 − 515.87 = 1330.63
    expect(f.rest_max_at_year).toBeCloseTo(3070.5, 1)
    // (3070.50/1330.63)^(1/5) − 1 = 18.20%
    expect(f.implied_rest_growth).toBeCloseTo(0.182, 3)
    // 1512.34/(1846.5·1.178^5 = 4188.67) = 36.1%
    expect(value('investment-share-2010')).toBeCloseTo(0.3611, 4)
  })

  it('7: external funds: the zone exceeds the province in 2005', () => {
    const f = only('implied-rest-growth', (x) => x.target === 'external-funds-share-2010')
    // 186.6 − (13.53·8.19 + 335.71 = 446.56) = −259.96
    expect(f).toMatchObject({ severity: 'warning', implied_rest_growth: null })
    expect(f.rest_base).toBeCloseTo(-259.96, 9)
    expect(f.message).toContain('446.56 in 2005')
  })

  it('meets the rate targets it is built from, and the province’s own total (finding 10)', () => {
    for (const id of ['gdp-cagr', 'industrial-va-cagr', 'fiscal-revenue-cagr', 'investment-cagr']) expect(status(id), id).toBe('met')
    // 1.21^5 back to a rate
    expect(value('gdp-cagr')).toBeCloseTo(0.21, 12)
    // 1846.5·(1.178 + 1.178^2 + … + 1.178^5) = 1846.5·8.39451 = 15500.40
    expect(value('province-investment-2006-2010')).toBeCloseTo(15500.4, 1)
    // 18 億美元 at 8.19 = 147.42 億元
    expect(value('foreign-capital-2006')).toBeCloseTo(147.42, 9)
    expect(status('foreign-capital-2006')).toBe('met')
  })
})

describe('tengzhou-2010', () => {
  const { r, only } = seed('tengzhou-2010')

  it('1: infrastructure parts 3.1335 exceed the stated 2.5', () => {
    const f = only('parts-exceed-total')
    expect(f).toMatchObject({ severity: 'warning', series: 'infrastructure', year: 2010, total: 2.5 })
    // 0.4485 + 1.15 + 1 + 0.30 + 0.235 = 3.1335 (4485 萬元 = 0.4485 億元, etc.)
    expect(f.parts_sum).toBeCloseTo(3.1335, 12)
    expect(f.difference).toBeCloseTo(0.6335, 12)
    // 3.1335/2.5 − 1 = 25.3%
    expect(f.relative_difference).toBeCloseTo(0.2534, 12)
    expect(f.message).toContain('25.3%')
  })

  it('reports nothing else: projects 10 + 10 + 10 = 30, one plan year, no target mixes bases', () => {
    expect(r.findings.map((f) => f.code)).toEqual(['parts-exceed-total'])
  })

  it('2: meets the growth targets its plan path is built from', () => {
    expect(r.ok).toBe(true)
    expect(r.targets.every((t) => t.status === 'met')).toBe(true)
    // 331·1.38/331 − 1
    expect(r.targets.find((t) => t.id === 'industrial-output-growth-2010')!.plan.value).toBeCloseTo(0.38, 12)
  })
})

describe('huainan-2010', () => {
  const { s, r } = seed('huainan-2010')

  it('1: no parts finding for 138.98 against 139 km²', () => {
    // 20 + 10 + 5 + 45 + 7.6 + 12.23 + 7.91 + 4 + 7.24 + 20 = 138.98; 138.98/139 − 1 = −0.014%, inside 1%
    const parts = s.plan.land_planned!.parts[0]!.parts
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBeCloseTo(138.98, 9)
    expect(r.findings).toEqual([])
  })

  it('meets its one target', () => {
    expect(r.ok).toBe(true)
    expect(r.targets).toMatchObject([{ id: 'infrastructure-2010', status: 'met', plan: { value: 16, met: true } }])
  })
})
