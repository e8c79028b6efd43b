import { describe, expect, it } from 'vitest'
import { servicedLand, usedLand } from './land'

describe('serviced land (M1)', () => {
  it('M1: servicing adds S/(c·p) km², capped at A_max', () => {
    // 10 + 3 / (1.5·1) = 12 km², below A_max = 20
    expect(servicedLand(10, 20, 3, 1.5, 1)).toBeCloseTo(12, 12)
    // 19 + 2 = 21 > 20: capped
    expect(servicedLand(19, 20, 3, 1.5, 1)).toBe(20)
  })

  it('M1: servicing cost scales with the price index', () => {
    // 10 + 3.6 / (1.5·1.2) = 10 + 2 = 12: nominal 3.6 at p = 1.2 buys what 3 buys at base prices
    expect(servicedLand(10, 20, 3.6, 1.5, 1.2)).toBeCloseTo(12, 12)
  })

  it('M1: no spending leaves serviced land where it was; land at A_max stays there', () => {
    expect(servicedLand(10, 20, 0, 1.5, 1)).toBe(10)
    expect(servicedLand(20, 20, 5, 1.5, 1)).toBe(20)
  })

  it('M1: reaching A_max exactly is not capped below it', () => {
    // 17 + 4.5/1.5 = 20 = A_max
    expect(servicedLand(17, 20, 4.5, 1.5, 1)).toBeCloseTo(20, 12)
  })
})

describe('used land (M3)', () => {
  it('M3: investment uses P/(κ·p) km²', () => {
    // 5 + 33 / (16.5·1) = 7
    expect(usedLand(5, 33, 16.5, 1)).toBeCloseTo(7, 12)
    // 5 + 36.3 / (16.5·1.1) = 5 + 2 = 7: intensity is at base-year prices
    expect(usedLand(5, 36.3, 16.5, 1.1)).toBeCloseTo(7, 12)
  })

  it('M3: no investment uses no land', () => {
    expect(usedLand(5, 0, 16.5, 1)).toBe(5)
  })
})
