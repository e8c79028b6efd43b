import { describe, expect, it } from 'vitest'
import { formatNumber } from './format-number'
import { sharedDecimals } from './shared-decimals'

describe('sharedDecimals', () => {
  it('gives the smallest value its three significant digits, so labels of one chart match', () => {
    // county land ends: 1.33 needs 2 decimals, 0.890 needs 3 (levelDecimals); both get 3
    const d = sharedDecimals([1.3312, 0.8901, 1.1])
    expect(d).toBe(3)
    expect([1.3312, 0.8901].map((v) => formatNumber(v, d))).toEqual(['1.331', '0.890'])
  })

  it('adds at most one decimal to what the largest value needs', () => {
    // 2,270 needs 0, 0.89 needs 3: capped at 0 + 1
    expect(sharedDecimals([2270, 0.89])).toBe(1)
    // 34.98 needs 1, 5.2 needs 2: 2 is within 1 + 1
    expect(sharedDecimals([34.98, 5.2])).toBe(2)
  })

  it('never writes a value that is not zero as zero', () => {
    // 2,270 caps at 1 decimal, where 0.004 would read "0.0": 0.004's first digit is the third
    const d = sharedDecimals([2270, 0.004])
    expect(d).toBe(3)
    expect(formatNumber(0.004, d)).toBe('0.004')
  })

  it('leaves out zeros and values that are not numbers', () => {
    expect(sharedDecimals([0, 1227.79, Number.NaN])).toBe(0)
    expect(sharedDecimals([0])).toBe(0)
  })
})
