import { describe, expect, it } from 'vitest'
import { fiscalRevenue } from './revenue'

describe('fiscal revenue (M7)', () => {
  it('M7: R(t) = R(t0)·(p(t)·(Y(t) − H(t))/Y(t0))^β with β = 1', () => {
    // 10·(1.1·(120 − 10)/100) = 10·1.21 = 12.1
    expect(fiscalRevenue(10, 1.1, 120, 10, 100, 1)).toBeCloseTo(12.1, 12)
  })

  it('M7: buoyancy is the elasticity to taxable output', () => {
    // β = 0.5: 10·1.21^0.5 = 10·1.1 = 11
    expect(fiscalRevenue(10, 1.1, 120, 10, 100, 0.5)).toBeCloseTo(11, 12)
    // β = 2: 10·1.21² = 14.641
    expect(fiscalRevenue(10, 1.1, 120, 10, 100, 2)).toBeCloseTo(14.641, 12)
  })

  it('M7: the base year reproduces base revenue', () => {
    // p = 1, Y = Y(t0), H = 0: 10·1^β = 10
    expect(fiscalRevenue(10, 1, 100, 0, 100, 1.7)).toBeCloseTo(10, 12)
  })

  it('M7: relieved output above output leaves no revenue, not a negative one', () => {
    expect(fiscalRevenue(10, 1, 100, 120, 100, 1)).toBe(0)
  })
})
