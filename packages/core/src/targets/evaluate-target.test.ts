import { describe, expect, it } from 'vitest'
import { pathReader, scenarioPaths } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { evaluateTarget } from './evaluate-target'
import { meetsBounds } from './tolerance'

/** Loads `yaml` through the real loader and evaluates its targets on the plan path, by id. */
function planOf(yaml: string) {
  const s = realiseScenario(loadScenario(yaml, 'x.yaml'))
  const paths = scenarioPaths(s)
  const reader = pathReader(s, paths, paths.plan)
  const target = (id: string) => {
    const t = s.targets.find((x) => x.id === id)
    if (!t) throw new Error(`no target ${id}`)
    return t
  }
  const value = (id: string) => evaluateTarget(target(id), reader)
  return { value, met: (id: string) => meetsBounds(value(id), target(id)) }
}

// Plan paths, by hand (years 2005–2008):
//   gdp (real):                 100, 110, 121, 133.1           (100·1.1^k)
//   fiscal_revenue (nominal):   20, 25, 30, 36                 (base 20, pins 25 and 36; 2007 = 25·(36/25)^(1/2) = 25·1.2)
//   investment (nominal):       50, 50, 50, 50                 (base only: held flat)
//   region.gdp (real):          400, 440, 484, 532.4           (400·1.1^k)
//   region.fiscal_revenue:      80, 100, 125, 156.25           (80·1.25^k)
//   history: gdp 2004 = 80
//   p(t) with `inflation: 0.1`: 1, 1.1, 1.21, 1.331
const targets = [
  '{id: gdp-cagr, kind: cagr, series: gdp, from: 2005, to: 2008, min: 0.1}',
  '{id: fr-cagr, kind: cagr, series: fiscal_revenue, from: 2006, to: 2008, min: 0.2}',
  '{id: gdp-growth-2006, kind: growth, series: gdp, year: 2006, min: 0.1}',
  '{id: fr-growth-2006, kind: growth, series: fiscal_revenue, year: 2006, min: 0.25}',
  '{id: fr-growth-2007, kind: growth, series: fiscal_revenue, year: 2007, min: 0.2}',
  '{id: fr-level-2007, kind: level, series: fiscal_revenue, year: 2007, min: 30}',
  '{id: gdp-share-2008, kind: share, series: gdp, of: gdp, year: 2008, min: 0.25}',
  '{id: fr-share-2007, kind: share, series: fiscal_revenue, of: region.fiscal_revenue, year: 2007, min: 0.24}',
  '{id: fr-of-gdp-2007, kind: share, series: fiscal_revenue, of: gdp, year: 2007, min: 0}',
  '{id: gdp-sum, kind: cumulative, series: gdp, from: 2005, to: 2007, min: 331}',
  '{id: gdp-sum-2006, kind: cumulative, series: gdp, from: 2006, to: 2006, min: 110}',
  '{id: fr-per-investment, kind: ratio, series: fiscal_revenue, per: investment, year: 2006, min: 0.5}',
  '{id: fr-per-gdp, kind: ratio, series: fiscal_revenue, per: gdp, year: 2007, min: 0}',
  '{id: x-share, kind: expr, expr: "at(gdp, 2008) / at(region.gdp, 2008)", min: 0.25}',
  `{id: x-strings, kind: expr, expr: 'at("gdp", 2007) + at("region.gdp", 2007)', min: 0}`,
  '{id: x-cagr, kind: expr, expr: "cagr(gdp, 2005, 2007)", min: 0.1}',
  '{id: x-sum, kind: expr, expr: "sum(fiscal_revenue, 2006, 2008)", min: 91}',
  '{id: x-share-helper, kind: expr, expr: "share(fiscal_revenue, fiscal_revenue, 2007)", min: 0}',
  `{id: x-share-helper-region, kind: expr, expr: 'share("fiscal_revenue", "region.fiscal_revenue", 2007)', min: 0}`,
  '{id: x-real, kind: expr, expr: "real(fiscal_revenue, 2007)", min: 0}',
  '{id: x-nominal, kind: expr, expr: "nominal(gdp, 2007)", min: 0}',
  '{id: x-arith, kind: expr, expr: "(cagr(gdp, 2005, 2008) - cagr(region.fiscal_revenue, 2005, 2008)) * 100", min: -20}',
  '{id: x-history, kind: expr, expr: "cagr(gdp, 2004, 2005)", min: 0}',
  '{id: x-missing, kind: expr, expr: "at(gdp, 2003)", min: 0}',
  '{id: x-region-history, kind: expr, expr: "at(region.gdp, 2004)", min: 0}'
]

function scenario(extra = ''): string {
  return (
    'id: t\nyears: {base: 2005, end: 2008}\n' +
    extra +
    'base: {gdp: 100, fiscal_revenue: 20, investment: 50}\n' +
    'history: {gdp: {2004: 80}}\n' +
    'region:\n  gdp: {base: 400, growth: 0.1}\n  fiscal_revenue: {base: 80, growth: 0.25}\n' +
    'plan:\n  gdp: {growth: 0.1}\n  fiscal_revenue: {levels: {2006: 25, 2008: 36}}\n' +
    'targets:\n' +
    targets.map((t) => `  - ${t}\n`).join('')
  )
}

const flat = planOf(scenario())
const inflated = planOf(scenario('inflation: 0.1\n'))

describe('evaluateTarget: cagr', () => {
  it('is (X(to)/X(from))^(1/(to−from)) − 1 from the base year', () => {
    // (133.1/100)^(1/3) − 1 = 1.1 − 1
    expect(flat.value('gdp-cagr')).toBeCloseTo(0.1, 12)
    expect(flat.met('gdp-cagr')).toBe(true)
  })
  it('runs from a stated level', () => {
    // (36/25)^(1/2) − 1 = 1.2 − 1
    expect(flat.value('fr-cagr')).toBeCloseTo(0.2, 12)
  })
})

describe('evaluateTarget: growth', () => {
  it('compares t0+1 with the base value', () => {
    // 110/100 − 1
    expect(flat.value('gdp-growth-2006')).toBeCloseTo(0.1, 12)
    // 25/20 − 1
    expect(flat.value('fr-growth-2006')).toBeCloseTo(0.25, 12)
  })
  it('compares the year after a stated level with that level', () => {
    // 30/25 − 1 (2007 is interpolated between the 2006 and 2008 pins)
    expect(flat.value('fr-growth-2007')).toBeCloseTo(0.2, 12)
  })
})

describe('evaluateTarget: level', () => {
  it('reads the plan path', () => {
    // 25·(36/25)^(1/2) = 30
    expect(flat.value('fr-level-2007')).toBeCloseTo(30, 12)
    expect(flat.met('fr-level-2007')).toBe(true)
  })
})

describe('evaluateTarget: share', () => {
  it('divides by the region series of the same name, same basis', () => {
    // 133.1/532.4 = 0.25 (zone and region both grow 10% from 100 and 400)
    expect(flat.value('gdp-share-2008')).toBeCloseTo(0.25, 12)
    // `of: region.fiscal_revenue` written out: 30/125
    expect(flat.value('fr-share-2007')).toBeCloseTo(0.24, 12)
  })
  it('takes different bases in nominal terms, with p(t)', () => {
    // no inflation: p = 1, 30/484
    expect(flat.value('fr-of-gdp-2007')).toBeCloseTo(30 / 484, 12)
    // inflation 10%: region GDP is real, nominal = 484·p(2007) = 484·1.21 = 585.64; 30/585.64 = 0.0512260…
    expect(inflated.value('fr-of-gdp-2007')).toBeCloseTo(30 / 585.64, 12)
  })
  it('reads a region whose prices differ from the zone’s (`region_prices`)', () => {
    const p = planOf(
      'id: t\nyears: {base: 2005, end: 2007}\ninflation: 0.1\nseries: {gdp: {region_prices: nominal}}\n' +
        'base: {gdp: 100}\nregion: {gdp: 1000}\nplan: {gdp: {growth: 0.1}}\n' +
        'targets:\n  - {id: s, kind: share, series: gdp, of: gdp, year: 2007, min: 0}\n'
    )
    // zone real 121 → nominal 121·1.21 = 146.41; region nominal 1000: 0.14641
    expect(p.value('s')).toBeCloseTo(0.14641, 12)
  })
})

describe('evaluateTarget: cumulative', () => {
  it('sums from…to, both ends included', () => {
    // 100 + 110 + 121
    expect(flat.value('gdp-sum')).toBeCloseTo(331, 12)
    // one year, from = to: 110
    expect(flat.value('gdp-sum-2006')).toBeCloseTo(110, 12)
  })
})

describe('evaluateTarget: ratio', () => {
  it('divides two zone series in the same basis', () => {
    // 25/50
    expect(flat.value('fr-per-investment')).toBeCloseTo(0.5, 12)
  })
  it('takes a real and a nominal series in nominal terms', () => {
    // no inflation: 30/121
    expect(flat.value('fr-per-gdp')).toBeCloseTo(30 / 121, 12)
    // inflation 10%: gdp nominal = 121·1.21 = 146.41; 30/146.41 = 0.2049040…
    expect(inflated.value('fr-per-gdp')).toBeCloseTo(30 / 146.41, 12)
  })
  // an area has no price basis to mix with: output per km² stays real (MODEL.md M11, Y/U)
  it('keeps a real series real when divided by an area', () => {
    const p = planOf(
      'id: t\nyears: {base: 2005, end: 2007}\ninflation: 0.1\nbase: {gdp: 100, land_serviced: 2}\nplan: {gdp: {growth: 0.1}}\n' +
        'targets:\n  - {id: r, kind: ratio, series: gdp, per: land_serviced, year: 2007, min: 0}\n'
    )
    // real GDP 121 over 2 km² = 60.5 (the code gives 121·1.21/2 = 73.205)
    expect(p.value('r')).toBeCloseTo(60.5, 9)
  })
})

describe('evaluateTarget: expr', () => {
  it('reads bare symbols and region.<series>', () => {
    // 133.1/532.4
    expect(flat.value('x-share')).toBeCloseTo(0.25, 12)
  })
  it('reads series named as strings', () => {
    // 121 + 484
    expect(flat.value('x-strings')).toBeCloseTo(605, 12)
  })
  it('has cagr, sum and share helpers', () => {
    // (121/100)^(1/2) − 1
    expect(flat.value('x-cagr')).toBeCloseTo(0.1, 12)
    // 25 + 30 + 36
    expect(flat.value('x-sum')).toBeCloseTo(91, 12)
    // share(s, of, y) divides by region.<of>: 30/125, whether `of` is written "fiscal_revenue" or "region.fiscal_revenue"
    expect(flat.value('x-share-helper')).toBeCloseTo(0.24, 12)
    expect(flat.value('x-share-helper-region')).toBeCloseTo(0.24, 12)
  })
  it('has real and nominal helpers that apply p(t)', () => {
    // without inflation both are the series' own value: 30 and 121
    expect(flat.value('x-real')).toBeCloseTo(30, 12)
    expect(flat.value('x-nominal')).toBeCloseTo(121, 12)
    // inflation 10%: 30/1.21 = 24.7933…; 121·1.21 = 146.41
    expect(inflated.value('x-real')).toBeCloseTo(30 / 1.21, 12)
    expect(inflated.value('x-nominal')).toBeCloseTo(146.41, 12)
  })
  it('combines helpers with arithmetic', () => {
    // (0.1 − 0.25)·100: region revenue grows 25% a year
    expect(flat.value('x-arith')).toBeCloseTo(-15, 10)
  })
  it('reads observed history before the base year', () => {
    // 100/80 − 1
    expect(flat.value('x-history')).toBeCloseTo(0.25, 12)
  })
  it('is null when a value it needs is missing', () => {
    // no gdp for 2003, no region history at all
    expect(flat.value('x-missing')).toBeNull()
    expect(flat.value('x-region-history')).toBeNull()
    expect(flat.met('x-missing')).toBe(false)
  })
  // share() in an expression reads region.<of>, as a share target does
  it('share() accepts a series only the region gives, as a share target does', () => {
    const p = planOf(
      'id: t\nyears: {base: 2005, end: 2007}\nseries: {ext: {unit: money, prices: real}}\nbase: {gdp: 100}\nregion: {ext: 50}\n' +
        'plan: {gdp: {growth: 0.1}}\ntargets:\n  - {id: e, kind: expr, expr: "share(gdp, ext, 2007)", min: 0}\n'
    )
    // 121/50
    expect(p.value('e')).toBeCloseTo(2.42, 12)
  })
})

describe('evaluateTarget: tolerance (MODEL.md §5)', () => {
  const jilin = planOf(
    'id: t\nyears: {base: 2005, end: 2010}\nbase: {gdp: 1227.79}\nplan: {gdp: {growth: 0.21}}\n' +
      'targets:\n' +
      '  - {id: cagr, kind: cagr, series: gdp, from: 2005, to: 2010, min: 0.21}\n' +
      '  - {id: cagr-above, kind: cagr, series: gdp, from: 2005, to: 2010, min: 0.210001}\n' +
      '  - {id: cagr-max, kind: cagr, series: gdp, from: 2005, to: 2010, max: 0.21}\n' +
      '  - {id: cagr-max-below, kind: cagr, series: gdp, from: 2005, to: 2010, max: 0.209999}\n'
  )
  it('a path built from rate 0.21 meets min 0.21', () => {
    // 1227.79·1.21^5 then back to a rate: 0.21 up to rounding (0.20999999999999996 in IEEE doubles)
    expect(Math.abs(jilin.value('cagr')! - 0.21)).toBeLessThan(1e-12)
    expect(jilin.met('cagr')).toBe(true)
    expect(jilin.met('cagr-max')).toBe(true)
  })
  it('a value 1e-6 below a min, or above a max, misses', () => {
    // 0.21 < 0.210001 − 1e-9·0.210001
    expect(jilin.met('cagr-above')).toBe(false)
    // 0.21 > 0.209999 + 1e-9·0.209999
    expect(jilin.met('cagr-max-below')).toBe(false)
  })
  it('applies to levels', () => {
    const p = planOf(
      'id: t\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100}\nplan: {gdp: {growth: 0.1}}\ntargets:\n' +
        '  - {id: at, kind: level, series: gdp, year: 2007, min: 121}\n' +
        '  - {id: above, kind: level, series: gdp, year: 2007, min: 121.000001}\n' +
        '  - {id: max-at, kind: level, series: gdp, year: 2007, max: 121}\n' +
        '  - {id: max-below, kind: level, series: gdp, year: 2007, max: 120.999999}\n'
    )
    // 100·1.1^2 = 121 (121.00000000000001 in doubles)
    expect(p.value('at')).toBeCloseTo(121, 12)
    expect(p.met('at')).toBe(true)
    expect(p.met('max-at')).toBe(true)
    // 1e-6 off is 8.3e-9 relative: beyond 1e-9
    expect(p.met('above')).toBe(false)
    expect(p.met('max-below')).toBe(false)
  })
})

describe('evaluateTarget: missing values', () => {
  // infrastructure has no base value and is pinned only in 2007: null, null, 10, 10
  const p = planOf(
    'id: t\nyears: {base: 2005, end: 2008}\nbase: {gdp: 100}\nplan:\n  gdp: {growth: 0.1}\n  infrastructure: {levels: {2007: 10}}\ntargets:\n' +
      '  - {id: growth-2007, kind: growth, series: infrastructure, year: 2007, min: 0}\n' +
      '  - {id: growth-2008, kind: growth, series: infrastructure, year: 2008, min: 0}\n' +
      '  - {id: cagr, kind: cagr, series: infrastructure, from: 2005, to: 2008, min: 0}\n' +
      '  - {id: level-2006, kind: level, series: infrastructure, year: 2006, min: 0}\n' +
      '  - {id: level-2007, kind: level, series: infrastructure, year: 2007, min: 10}\n' +
      '  - {id: sum, kind: cumulative, series: infrastructure, from: 2006, to: 2008, min: 0}\n' +
      '  - {id: ratio, kind: ratio, series: infrastructure, per: gdp, year: 2006, min: 0}\n' +
      '  - {id: expr, kind: expr, expr: "at(infrastructure, 2006) / at(gdp, 2006)", min: 0}\n'
  )
  it('is null where a year before the first pin is needed, and the target is not met', () => {
    for (const id of ['growth-2007', 'cagr', 'level-2006', 'sum', 'ratio', 'expr']) {
      expect(p.value(id), id).toBeNull()
      expect(p.met(id), id).toBe(false)
    }
  })
  it('reads the years from the pin on', () => {
    expect(p.value('level-2007')).toBe(10)
    // 10/10 − 1: held flat after the last pin
    expect(p.value('growth-2008')).toBe(0)
  })
})
