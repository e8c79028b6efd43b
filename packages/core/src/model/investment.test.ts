import { describe, expect, it } from 'vitest'
import { fixedAssetInvestment, realisedInvestment } from './investment'

describe('project investment (M2)', () => {
  it('M2: demand is realised when free land can hold it', () => {
    // capacity κ·p·(A − U) = 16.5·1·2 = 33 ≥ D = 20
    expect(realisedInvestment(20, true, 2, 16.5, 1)).toBe(20)
  })

  it('M2: P = κ·p·(A(t) − U(t−1)) when demand exceeds the free land', () => {
    // min(50, 16.5·1·2) = 33
    expect(realisedInvestment(50, true, 2, 16.5, 1)).toBeCloseTo(33, 12)
    // at p = 1.2 the same 2 km² hold 16.5·1.2·2 = 39.6 nominal
    expect(realisedInvestment(50, true, 2, 16.5, 1.2)).toBeCloseTo(39.6, 12)
  })

  it('M2: no free land, no investment (max(0, A − U))', () => {
    expect(realisedInvestment(50, true, 0, 16.5, 1)).toBe(0)
    expect(realisedInvestment(50, true, -1, 16.5, 1)).toBe(0)
  })

  it('M2: without a land block P(t) = D(t)', () => {
    // free land and intensity are ignored
    expect(realisedInvestment(50, false, 0, 0, 1.3)).toBe(50)
  })
})

describe('fixed-asset investment (M2b)', () => {
  it('M2b: I(t) = P(t) + S(t)', () => {
    // 33 + 16 = 49
    expect(fixedAssetInvestment(33, 16)).toBe(49)
  })
})
