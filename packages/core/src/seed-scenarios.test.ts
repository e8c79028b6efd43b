/**
 * The seed scenarios of scenarios/*.yaml: the plan-path findings a careful reader expects (each
 * file's header, "What a careful reader finds") and what the model path says (the header's "What
 * the model says"), with the hand arithmetic beside each number.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkScenario } from './check-scenario'
import type { Requirements } from './requirements/requirements'
import type { Finding } from './results'
import { loadScenario } from './scenario/load-scenario'
import { realiseScenario } from './scenario/realise-scenario'

function seed(name: string) {
  const file = new URL(`../../../scenarios/${name}.yaml`, import.meta.url)
  const s = realiseScenario(loadScenario(readFileSync(file, 'utf8'), `scenarios/${name}.yaml`))
  const r = checkScenario(s)
  const target = (id: string) => r.targets.find((t) => t.id === id)
  /** the target's value on the plan path */
  const value = (id: string) => target(id)?.plan.value
  /** met on the plan path */
  const planMet = (id: string) => target(id)?.plan.met
  /** the target's value on the model path */
  const model = (id: string) => target(id)?.model?.value
  /** met or missed on the model path, which decides */
  const status = (id: string) => target(id)?.status
  const only = (code: string, pick: (f: Finding) => boolean = () => true) => {
    const found = r.findings.filter((f) => f.code === code && pick(f))
    expect(found, code).toHaveLength(1)
    return found[0]!
  }
  // every seed has a plan GDP path, so requirements are never the empty object
  const req = r.requirements as Requirements
  // "code subject" (the series, target or parameter), split into findings about the plan path
  // ("What a careful reader finds") and about what the plan needs or the model does ("What the model says")
  const modelCodes = ['implied-icor', 'land-short', 'debt-limit-breached', 'default-assumed']
  const codes = (onModel: boolean) =>
    r.findings
      .filter((f) => modelCodes.includes(f.code) === onModel)
      .map((f) => `${f.code} ${String(f.series ?? f.target ?? f.parameter ?? '')}`.trimEnd())
      .sort()
  return { s, r, value, planMet, model, status, only, req, planFindings: codes(false), modelFindings: codes(true) }
}

describe('jilin-2006-2010', () => {
  const { r, value, planMet, model, status, only, req, planFindings, modelFindings } = seed('jilin-2006-2010')

  it('reports the plan findings the header lists ("What a careful reader finds"), and no others', () => {
    expect(planFindings).toEqual([
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
  })

  it('reports the model findings of "What the model says" (M1, M4, M5, M6), and no others', () => {
    expect(modelFindings).toEqual(['debt-limit-breached', 'default-assumed model.attraction', 'implied-icor', 'land-short'])
    expect(r.status_from).toBe('model')
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
    // met on the plan path, barely: 3184.57/(3611.15·1.12^5 = 6364.08) = 50.04%
    expect(value('gdp-share-2010')).toBeCloseTo(0.5004, 4)
    expect(planMet('gdp-share-2010')).toBe(true)
    // missed on the model path (M2): 2152.54/6364.08 = 33.8%
    expect(model('gdp-share-2010')).toBeCloseTo(0.3382, 4)
    expect(status('gdp-share-2010')).toBe('missed')
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
    // model path (M2): 1417.26/2114.81 = 67.0%, short of 70%
    expect(model('industrial-va-share-2010')).toBeCloseTo(0.6702, 4)
    expect(status('industrial-va-share-2010')).toBe('missed')
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
    expect(planMet('fiscal-revenue-share-2010')).toBe(false)
    // and on the model path (M3): 283.33/949.91 = 29.8%
    expect(model('fiscal-revenue-share-2010')).toBeCloseTo(0.2983, 4)
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
    // the same on the model path: project demand is plan investment − S, so P + S is the plan's investment (M3)
    expect(model('investment-share-2010')).toBeCloseTo(0.3611, 4)
    expect(status('investment-share-2010')).toBe('met')
  })

  it('7: external funds: the zone exceeds the province in 2005', () => {
    const f = only('implied-rest-growth', (x) => x.target === 'external-funds-share-2010')
    // 186.6 − (13.53·8.19 + 335.71 = 446.56) = −259.96
    expect(f).toMatchObject({ severity: 'warning', implied_rest_growth: null })
    expect(f.rest_base).toBeCloseTo(-259.96, 9)
    expect(f.message).toContain('446.56 in 2005')
  })

  it('meets the rate targets on the plan path it is built from, and the province’s own total (finding 10)', () => {
    for (const id of ['gdp-cagr', 'industrial-va-cagr', 'fiscal-revenue-cagr', 'investment-cagr']) expect(planMet(id), id).toBe(true)
    // 1.21^5 back to a rate
    expect(value('gdp-cagr')).toBeCloseTo(0.21, 12)
    // 1846.5·(1.178 + 1.178^2 + … + 1.178^5) = 1846.5·8.39451 = 15500.40
    expect(value('province-investment-2006-2010')).toBeCloseTo(15500.4, 1)
    expect(status('province-investment-2006-2010')).toBe('met')
    // 18 億美元 at 8.19 = 147.42 億元
    expect(value('foreign-capital-2006')).toBeCloseTo(147.42, 9)
    expect(status('foreign-capital-2006')).toBe('met')
  })

  it('M1: the plan’s investment implies an ICOR of 1.89, below the range [2.5, 7]', () => {
    const f = only('implied-icor')
    expect(f).toMatchObject({ severity: 'warning', range: [2.5, 7], gestation_years: 1 })
    // investment 2005–2009 in 2005 prices: 515.87 + 650/1.0394 + 802.78/1.11995 + 991.47/1.20731
    // + 1224.52/1.20465 = 3695.74 (the deflators compound the inflation path: 1.0394·1.0775 = 1.11995, …);
    // added GDP 3184.57 − 1227.79 = 1956.78; 3695.74/1956.78 = 1.8887
    expect(f.implied_icor).toBeCloseTo(1.8887, 4)
    expect(req.implied_icor).toBe(f.implied_icor)
  })

  it('M2, M3: on the model path (ICOR 3.45) GDP, industrial VA and revenue miss their targets', () => {
    // 2006: 1227.79 + P(2005) (515.87 − 71.1 = 444.77)/3.45 = 1227.79 + 128.92 = 1356.71, against 1680
    expect(model('gdp-2006')).toBeCloseTo(1356.7088, 4)
    expect(status('gdp-2006')).toBe('missed')
    // 2010: 1227.79 + (444.77 + 540.54 + 619.19 + 708.94 + 876.95 = 3190.39)/3.45 = 2152.54;
    // (2152.54/1227.79)^(1/5) − 1 = 11.88% against 21%
    expect(model('gdp-cagr')).toBeCloseTo(0.1188, 4)
    expect(status('gdp-cagr')).toBe('missed')
    // industrial VA (M5): 715.2·(1356.71/1227.79)·1.0248 = 809.90 in 2006; 715.2·(2152.54/1227.79)·1.0248^5
    // = 1417.26 in 2010, (1417.26/715.2)^(1/5) − 1 = 14.66% against 24%
    expect(model('industrial-va-2006')).toBeCloseTo(809.896, 3)
    expect(model('industrial-va-cagr')).toBeCloseTo(0.1466, 4)
    // revenue (M7, buoyancy 1, no relief in 2006): 127.3·1.0394·1356.71/1227.79 = 146.21 against 160;
    // 283.33 in 2010, (283.33/127.3)^(1/5) − 1 = 17.35% against 23.7%
    expect(model('fiscal-revenue-2006')).toBeCloseTo(146.2089, 4)
    expect(model('fiscal-revenue-cagr')).toBeCloseTo(0.1735, 4)
    // the plan's own 21%, 24%, 23.7% are met on the plan path (above); the model path decides
    expect(r.targets.filter((t) => t.status === 'missed').map((t) => t.id)).toEqual([
      'gdp-cagr',
      'industrial-va-cagr',
      'fiscal-revenue-cagr',
      'gdp-share-2010',
      'industrial-va-share-2010',
      'fiscal-revenue-share-2010',
      'gdp-2006',
      'industrial-va-2006',
      'fiscal-revenue-2006'
    ])
    // R1: the 2006 plan level needs 3.45·(1680 − 1227.79) = 1560.12 of project investment in 2005, against 444.77
    expect(req.base_cohort).toMatchObject({ year: 2005, made: 444.77 })
    expect(req.base_cohort!.required).toBeCloseTo(1560.12, 2)
  })

  it('M2: investment and the series the model does not produce are met on the model path as on the plan path', () => {
    // investment: P + S = (plan investment − S) + S (M2b), so 24% a year and 650 in 2006 hold
    expect(model('investment-cagr')).toBeCloseTo(0.24, 12)
    expect(model('investment-2006')).toBeCloseTo(650, 9)
    // foreign capital, domestic inflows, external funds follow their plan paths, and the notes say so
    expect(model('foreign-capital-2006')).toBe(value('foreign-capital-2006'))
    expect(model('domestic-inflows-2006')).toBe(470)
    expect(r.notes.join(' ')).toContain('foreign_capital, domestic_inflows, external_funds')
  })

  it('M4: the plan’s GDP path needs 405.21 km² of new land against 403 free: land-short', () => {
    const f = only('land-short')
    expect(f.severity).toBe('warning')
    // R1 summed over 2006–2009 cohorts: 3.45·(3184.57 − 1680) = 5190.77 (e = 0: the sum telescopes)
    expect(req.project_investment_real_total).toBeCloseTo(5190.77, 2)
    // κ = 85.4 萬元/畝 · 1500 畝/km² = 128,100 萬元 = 12.81 億元/km²; 5190.77/12.81 = 405.21
    expect(f.land_needed_km2).toBeCloseTo(405.21, 2)
    // planned 620 − used 217 = 403
    expect(f.land_available_km2).toBe(403)
    expect(f.shortfall_km2).toBeCloseTo(2.21, 2)
    // cumulative need: 78.4 (2006), 170.5 (2007), 278.5 (2008), 405.2 (2009) km²: past 403 in 2009
    expect(f.year).toBe(2009)
    // R3: (217 + 405.21 − 310)·0.97 = 302.85
    expect(req.servicing_needed_real).toBeCloseTo(302.85, 2)
  })

  it('M5: debt passes one year of revenue in 2009 and peaks at 1.53 in 2010', () => {
    const f = only('debt-limit-breached')
    expect(f).toMatchObject({ severity: 'warning', year: 2009, peak_year: 2010, debt_limit: 1 })
    // 2006: S 71.1·1.24 = 88.16 − 0.2·146.21 − land sales 0.3·1.0394·42.20 = 45.76, then 106.71, 186.87, 294.94, 434.47;
    // revenue 234.33 in 2009, 283.33 in 2010: 294.94/234.33 = 1.2587, 434.47/283.33 = 1.5334
    expect(f.debt).toBeCloseTo(294.94, 2)
    expect(f.debt_ratio).toBeCloseTo(1.2587, 3)
    expect(f.peak_debt_ratio).toBeCloseTo(1.5334, 3)
  })

  it('M6: one default remains, model.attraction', () => {
    expect(only('default-assumed')).toMatchObject({ severity: 'info', parameter: 'model.attraction', value: 'plan investment − infrastructure' })
  })
})

describe('tengzhou-2010', () => {
  const { r, value, planMet, model, status, only, req, planFindings, modelFindings } = seed('tengzhou-2010')

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

  it('reports no other plan finding: projects 10 + 10 + 10 = 30, one plan year, no target mixes bases', () => {
    expect(planFindings).toEqual(['parts-exceed-total infrastructure'])
  })

  it('reports the model findings of "What the model says" (T4), and no others', () => {
    expect(modelFindings).toEqual(['default-assumed model.attraction', 'implied-icor'])
  })

  it('3: the plan implies an ICOR of 1.39', () => {
    const f = only('implied-icor')
    expect(f).toMatchObject({ severity: 'warning', range: [2.5, 7], gestation_years: 1 })
    // 2009's investment 60 (base year, p = 1) against added output 110.9·0.39 = 43.251: 60/43.251 = 1.3873
    expect(f.implied_icor).toBeCloseTo(1.3873, 4)
  })

  it('2: meets the growth targets its plan path is built from', () => {
    expect(r.targets.every((t) => t.plan.met)).toBe(true)
    // 331·1.38/331 − 1
    expect(value('industrial-output-growth-2010')).toBeCloseTo(0.38, 12)
    expect(value('industrial-va-growth-2010')).toBeCloseTo(0.39, 12)
  })

  it('T1: misses industrial VA +39% on the model path, so the check fails', () => {
    // 110.9 + 2009's project investment (60 − 2 = 58)/3.87 = 110.9 + 14.99 = 125.89: +13.5%
    expect(model('industrial-va-growth-2010')).toBeCloseTo(0.1351, 4)
    expect(planMet('industrial-va-growth-2010')).toBe(true)
    expect(status('industrial-va-growth-2010')).toBe('missed')
    expect(r.targets.filter((t) => t.status === 'missed').map((t) => t.id)).toEqual(['industrial-va-growth-2010'])
    expect(r.ok).toBe(false)
    // R1: +43.25 needs 3.87·43.251 = 167.38 of project investment in 2009, 2.9 times the 58 made
    expect(req.base_cohort).toMatchObject({ year: 2009, made: 58 })
    expect(req.base_cohort!.required).toBeCloseTo(167.38, 2)
    // T1: output follows its plan path on the model path (the model does not produce it); investment
    // is project demand 65 − 2.5 = 62.5 plus infrastructure 2.5
    expect(model('industrial-output-growth-2010')).toBeCloseTo(0.38, 12)
    expect(model('investment-2010')).toBeCloseTo(65, 12)
    expect(model('infrastructure-2010')).toBe(2.5)
  })
})

describe('huainan-2010', () => {
  const { s, r, model, status, planFindings, modelFindings } = seed('huainan-2010')

  it('1: no parts finding for 138.98 against 139 km²', () => {
    // 20 + 10 + 5 + 45 + 7.6 + 12.23 + 7.91 + 4 + 7.24 + 20 = 138.98; 138.98/139 − 1 = −0.014%, inside 1%
    const parts = s.plan.land_planned!.parts[0]!.parts
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBeCloseTo(138.98, 9)
    expect(planFindings).toEqual([])
  })

  it('H3, H4: only the stated default; no output, so no ICOR, land or debt-ratio finding', () => {
    expect(modelFindings).toEqual(['default-assumed model.infrastructure'])
    expect(r.findings[0]).toMatchObject({ severity: 'info', value: 'plan path' })
    expect(r.requirements).toEqual({})
    expect(r.notes.join(' ')).toContain('no base.gdp')
  })

  it('H1: meets its one target on both paths', () => {
    expect(r.ok).toBe(true)
    // the model spends the plan's 16 (model.infrastructure defaults to the plan path)
    expect(r.targets).toMatchObject([{ id: 'infrastructure-2010', status: 'met', plan: { value: 16, met: true }, model: { value: 16, met: true } }])
    expect(model('infrastructure-2010')).toBe(16)
    expect(status('infrastructure-2010')).toBe('met')
  })
})
