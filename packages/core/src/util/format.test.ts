import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fmtApart, fmtNum, groupDigits } from './format'

describe('groupDigits', () => {
  // the oracle is what groupDigits replaces: ICU's en-US format through toLocaleString
  it('writes what toLocaleString("en-US") writes, for doubles of every size', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e16, max: 1e16, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000)), fc.integer({ min: 0, max: 4 }), (x, digits) => {
        const expected = x.toLocaleString('en-US', { maximumFractionDigits: digits })
        expect(groupDigits(x, digits)).toBe(expected === '-0' ? '0' : expected)
      }),
      { numRuns: 2000 }
    )
  })

  it('rounds the shortest decimal of the double, ties away from zero, as ICU does', () => {
    expect(groupDigits(0.125, 2)).toBe('0.13')
    expect(groupDigits(-0.125, 2)).toBe('-0.13')
    expect(groupDigits(2.5, 0)).toBe('3')
    expect(groupDigits(9.995, 2)).toBe('10')
    // 1.005 is stored as 1.00499999999999989…, but its shortest decimal "1.005" is a tie: ICU
    // writes 1.01 where toFixed(2) writes 1.00
    expect(groupDigits(1.005, 2)).toBe('1.01')
    // digits beyond the shortest decimal are not invented: toFixed(2) gives …175.59
    expect(groupDigits(269358684923175.6, 2)).toBe('269,358,684,923,175.6')
  })

  it('groups the integer part only, and writes -0 and tiny negatives as 0', () => {
    expect(groupDigits(1234567.891, 2)).toBe('1,234,567.89')
    expect(groupDigits(-1234.5, 0)).toBe('-1,235')
    expect(groupDigits(0.00012345, 4)).toBe('0.0001')
    expect(groupDigits(-0.001, 2)).toBe('0')
    expect(fmtNum(-0)).toBe('0')
  })

  it('leaves non-finite and huge values to toLocaleString', () => {
    expect(groupDigits(Infinity, 2)).toBe('∞')
    expect(groupDigits(NaN, 2)).toBe('NaN')
    expect(groupDigits(1e21, 0)).toBe((1e21).toLocaleString('en-US'))
  })
})

describe('fmtApart', () => {
  const two = (x: number, d: number) => groupDigits(x, d)
  it('adds decimals until the value no longer reads as its bound', () => {
    // 0.06595 with 2 decimals is "0.07", its bound's text; with 3, "0.066" (0.06595 rounds up at the 3rd)
    expect(fmtApart(0.06595, [0.07], two, 2)).toEqual({ value: '0.066', bounds: ['0.07'] })
    // a rate: 49.96% and 50% both read 50.0% with one decimal; 49.96% with two
    expect(fmtApart(0.4996, [0.5], (x, d) => `${(x * 100).toFixed(d)}%`, 1)).toEqual({ value: '49.96%', bounds: ['50.00%'] })
  })
  it('keeps the given decimals when the texts differ already or the numbers are equal', () => {
    expect(fmtApart(0.0612, [0.07], two, 2)).toEqual({ value: '0.06', bounds: ['0.07'] })
    expect(fmtApart(0.07, [0.07], two, 2)).toEqual({ value: '0.07', bounds: ['0.07'] })
  })
  it('stops after six more decimals', () => {
    // 1 and 1 + 1e-12 read alike to 8 decimals: it gives up at 2 + 6
    expect(fmtApart(1 + 1e-12, [1], two, 2).value).toBe('1')
  })
})
