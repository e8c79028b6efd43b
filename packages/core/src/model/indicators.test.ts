import { describe, expect, it } from 'vitest'
import { modelIndicators, MU_PER_KM2 } from './indicators'
import type { ModelSeries } from './model-path'
import { modelSeriesNames } from './model-path'

/** A two-year model path: base year and one more; unlisted series are NaN. */
function series(values: Partial<Record<keyof ModelSeries, [number, number]>>): ModelSeries {
  const out = {} as ModelSeries
  for (const name of modelSeriesNames) out[name] = Float64Array.from(values[name] ?? [NaN, NaN])
  return out
}

const s = series({
  gdp: [100, 120],
  fiscal_revenue: [10, 12],
  debt: [5, 18],
  interest: [NaN, 0.6],
  land_used: [2, 4],
  investment: [30, 60]
})
const p = [1, 1.2]

describe('indicators (M11)', () => {
  it('M11: debt ratio Debt/R and interest burden I/R', () => {
    const x = modelIndicators(s, undefined, 'real', p)
    // 5/10 = 0.5; 18/12 = 1.5
    expect(Array.from(x.debt_ratio)).toEqual([0.5, 1.5])
    // base year: no interest (NaN); 0.6/12 = 0.05
    expect(x.interest_burden[0]).toBeNaN()
    expect(x.interest_burden[1]).toBeCloseTo(0.05, 12)
  })

  it('M11: output per km² used Y/U', () => {
    // 100/2 = 50; 120/4 = 30
    expect(Array.from(modelIndicators(s, undefined, 'real', p).output_per_km2)).toEqual([50, 30])
  })

  it('M11: revenue per mu used R/(1500·U) (畝均稅收) and investment per mu', () => {
    expect(MU_PER_KM2).toBe(1500)
    const x = modelIndicators(s, undefined, 'real', p)
    // 10/(1500·2) = 1/300; 12/(1500·4) = 1/500
    expect(x.revenue_per_mu[0]).toBeCloseTo(1 / 300, 15)
    expect(x.revenue_per_mu[1]).toBeCloseTo(1 / 500, 15)
    // 30/(1500·2) = 0.01; 60/(1500·4) = 0.01
    expect(x.investment_per_mu[0]).toBeCloseTo(0.01, 15)
    expect(x.investment_per_mu[1]).toBeCloseTo(0.01, 15)
  })

  it('M11: share of region Y/region_gdp, on the region’s price basis', () => {
    // real region: 100/400 = 0.25; 120/480 = 0.25
    expect(Array.from(modelIndicators(s, [400, 480], 'real', p).share_gdp)).toEqual([0.25, 0.25])
    // nominal region: Y·p / region: 100·1/400 = 0.25; 120·1.2/480 = 0.3
    const nominal = modelIndicators(s, [400, 480], 'nominal', p).share_gdp
    expect(nominal[0]).toBeCloseTo(0.25, 15)
    expect(nominal[1]).toBeCloseTo(0.3, 15)
  })

  it('M11: undefined where the denominator is missing or zero', () => {
    const noLand = series({ gdp: [100, 120], fiscal_revenue: [0, 12], debt: [0, 1] })
    const x = modelIndicators(noLand, [null, 0], 'real', p)
    // no land block: U is NaN
    expect(x.output_per_km2[1]).toBeNaN()
    expect(x.revenue_per_mu[1]).toBeNaN()
    // zero revenue: no debt ratio
    expect(x.debt_ratio[0]).toBeNaN()
    expect(x.debt_ratio[1]).toBeCloseTo(1 / 12, 15)
    // region unknown, region zero
    expect(Array.from(x.share_gdp)).toEqual([NaN, NaN])
    expect(Array.from(modelIndicators(noLand, undefined, 'real', p).share_gdp)).toEqual([NaN, NaN])
  })
})
