import { describe, expect, it } from 'vitest'
import { debt, interest, landSales } from './finance'

describe('land sales (M8)', () => {
  it('M8: Ls(t) = q·p(t)·(U(t) − U(t−1))', () => {
    // 3·1·2 = 6; at p = 1.25: 3·1.25·2 = 7.5
    expect(landSales(3, 1, 2)).toBe(6)
    expect(landSales(3, 1.25, 2)).toBeCloseTo(7.5, 12)
    expect(landSales(3, 1.25, 0)).toBe(0)
  })
})

describe('interest (M9)', () => {
  it('M9: I(t) = r·(1 − σ_r)·Debt(t−1)', () => {
    // 0.06·0.5·100 = 3
    expect(interest(0.06, 0.5, 100)).toBeCloseTo(3, 12)
    // full subsidy: 0
    expect(interest(0.06, 1, 100)).toBe(0)
    // no subsidy: 0.06·100 = 6
    expect(interest(0.06, 0, 100)).toBeCloseTo(6, 12)
  })
})

describe('debt (M10)', () => {
  it('M10: Debt(t) = Debt(t−1) + S + I − b·R − Ls − G', () => {
    // 100 + 20 + 6 − 0.1·50 − 3 − 0 = 118
    expect(debt(100, 20, 6, 0.1, 50, 3, 0)).toBeCloseTo(118, 12)
    // with grants 8: 110
    expect(debt(100, 20, 6, 0.1, 50, 3, 8)).toBeCloseTo(110, 12)
  })

  it('M10: a surplus repays debt, and never below zero', () => {
    // 10 + 5 + 0.6 − 1·30 − 0 − 0 = −14.4 → 0
    expect(debt(10, 5, 0.6, 1, 30, 0, 0)).toBe(0)
    // 10 + 5 + 0.6 − 0.5·30 = 0.6
    expect(debt(10, 5, 0.6, 0.5, 30, 0, 0)).toBeCloseTo(0.6, 12)
  })
})
