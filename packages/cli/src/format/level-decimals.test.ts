import { describe, expect, it } from 'vitest'
import { levelDecimals } from './level-decimals'

describe('levelDecimals', () => {
  it('keeps about six significant digits, at most two decimals', () => {
    // largest 2593.74: 4 whole digits, 6 − 4 = 2 decimals
    expect(levelDecimals([1000, 2593.7424601])).toBe(2)
    // largest 40443.2: 5 whole digits, 6 − 5 = 1 decimal
    expect(levelDecimals([36110, 40443.2])).toBe(1)
    // 6 whole digits: none
    expect(levelDecimals([123456.7])).toBe(0)
    expect(levelDecimals([12345678.9])).toBe(0)
    // small values: capped at 2
    expect(levelDecimals([0.5, 12])).toBe(2)
  })

  it('shows whole numbers without decimals', () => {
    expect(levelDecimals([33, 30, null])).toBe(0)
    expect(levelDecimals([1680])).toBe(0)
  })

  it('looks at the largest magnitude, negatives included, and ignores nulls', () => {
    expect(levelDecimals([null, -54321, 3.5])).toBe(1)
    expect(levelDecimals([null, null])).toBe(2)
    // 0.001 is below one: log10 = −3, so −2 whole digits, and 3 − (−2) = 5 decimals ("0.00100")
    expect(levelDecimals([0.001, Number.NaN, Infinity])).toBe(5)
  })

  it('keeps three significant digits in a row of values below one, whatever the cap', () => {
    // 0.0018 億元/畝 (18 萬元 per mu): log10 0.0018 = −2.74, so −2 whole digits: 3 + 2 = 5 decimals
    expect(levelDecimals([0.0018, 0.0021])).toBe(5)
    // 0.5: 0 whole digits, 3 decimals ("0.500")
    expect(levelDecimals([0.25, 0.5])).toBe(3)
  })

  it('takes another cap', () => {
    // 0.104: 0 whole digits counted as 6 − 0 = 6, capped at 4
    expect(levelDecimals([0.104], 4)).toBe(4)
  })
})
