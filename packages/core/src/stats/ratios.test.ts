import { describe, expect, it } from 'vitest'
import { apparentIcor } from './apparent-icor'
import { revenueRatios } from './revenue-ratios'

const gdp = { name: 'gdp', years: [2000, 2001, 2002, 2003], values: [100, 110, 125, 130] }

describe('apparentIcor', () => {
  // lag 1: output years 2001–2003 use investment 2000–2002
  const investment = { name: 'investment', years: [2000, 2001, 2002], values: [40, 45, 30] }
  const icor = apparentIcor(gdp, investment, 1)!

  it('Σ I(t−1) / (Y(T) − Y(t0)): (40 + 45 + 30) / (130 − 100)', () => {
    expect([icor.from, icor.to]).toEqual([2000, 2003])
    expect(icor.value).toBeCloseTo(115 / 30, 14)
  })

  it('year by year: 40/10, 45/15, 30/5', () => {
    expect(icor.annual).toEqual([
      { year: 2001, value: 4 },
      { year: 2002, value: 3 },
      { year: 2003, value: 6 }
    ])
    // type-7 quantiles of 3, 4, 6 (R: quantile(c(3, 4, 6), c(.25, .75)) -> 3.5, 5)
    expect([icor.p25, icor.p75]).toEqual([3.5, 5])
  })

  it('lag 0 pairs each year\'s investment with its own growth, over the years both cover', () => {
    const same = apparentIcor(gdp, investment, 0)!
    // output years 2001–2002 (investment stops in 2002): (45 + 30) / (125 − 100)
    expect([same.from, same.to, same.value]).toEqual([2000, 2002, 3])
  })

  it('no value when output fell', () => {
    expect(apparentIcor({ name: 'gdp', years: [2000, 2001], values: [100, 90] }, investment, 1)?.value).toBeNull()
  })
})

describe('revenueRatios', () => {
  it('buoyancy is the slope of Δln R on Δln Y: revenue growing as output squared gives 2', () => {
    // R = 0.1·Y²/100: ln R = 2 ln Y + const, so every Δln R = 2·Δln Y
    const revenue = { name: 'fiscal_revenue', years: gdp.years, values: gdp.values.map((y) => (0.1 * y * y) / 100) }
    const r = revenueRatios(gdp, revenue)!
    expect(r.buoyancy).toBeCloseTo(2, 12)
    expect(r.buoyancy_r2).toBeCloseTo(1, 12)
    // ΣR/ΣY = 0.001·Σy²/Σy = 0.001·(10000 + 12100 + 15625 + 16900)/465 = 54.625/465
    expect(r.tax_ratio).toBeCloseTo(54.625 / 465, 14)
    expect(r.tax_ratio_last).toBeCloseTo(0.13, 14)
  })

  it('no buoyancy with fewer than three yearly pairs', () => {
    const short = { name: 'gdp', years: [2000, 2001, 2002], values: [1, 2, 3] }
    expect(revenueRatios(short, { name: 'fiscal_revenue', years: [2000, 2001, 2002], values: [1, 2, 3] })?.buoyancy).toBeNull()
  })
})
