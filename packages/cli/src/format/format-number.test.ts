import { describe, expect, it } from 'vitest'
import { formatNumber, missingValue } from './format-number'

describe('formatNumber', () => {
  it('groups thousands and fixes the decimals of levels', () => {
    expect(formatNumber(1227.79, { style: 'level', decimals: 2 })).toBe('1,227.79')
    // 1227.79 rounded to one decimal: 1227.8
    expect(formatNumber(1227.79, { style: 'level', decimals: 1 })).toBe('1,227.8')
    expect(formatNumber(1234567.891, { style: 'level', decimals: 0 })).toBe('1,234,568')
    expect(formatNumber(999, { style: 'level', decimals: 0 })).toBe('999')
    expect(formatNumber(1000, { style: 'level', decimals: 2 })).toBe('1,000.00')
  })

  it('shows fractions as percentages', () => {
    // 0.21 × 100 = 21 (21.000000000000004 in doubles, rounded away)
    expect(formatNumber(0.21, { style: 'percent', decimals: 1 })).toBe('21.0%')
    // 0.4026275 × 100 = 40.26275 → 40.3
    expect(formatNumber(0.4026275, { style: 'percent', decimals: 1 })).toBe('40.3%')
    // 123.456 × 100 = 12,345.6
    expect(formatNumber(123.456, { style: 'percent', decimals: 1 })).toBe('12,345.6%')
  })

  it('trims trailing zeros when asked', () => {
    expect(formatNumber(1680, { style: 'level', decimals: 2, trim: true })).toBe('1,680')
    expect(formatNumber(1485.6259, { style: 'level', decimals: 2, trim: true })).toBe('1,485.63')
    expect(formatNumber(2.5, { style: 'level', decimals: 2, trim: true })).toBe('2.5')
  })

  it('keeps the sign of negatives but never shows -0', () => {
    expect(formatNumber(-1234.5, { style: 'level', decimals: 1 })).toBe('-1,234.5')
    expect(formatNumber(-0.001, { style: 'level', decimals: 2 })).toBe('0.00')
    expect(formatNumber(-0, { style: 'percent', decimals: 1 })).toBe('0.0%')
    expect(formatNumber(-0.05, { style: 'percent', decimals: 1 })).toBe('-5.0%')
  })

  it('shows null as an en dash and non-finite values as symbols', () => {
    expect(formatNumber(null, { style: 'level', decimals: 2 })).toBe(missingValue)
    expect(missingValue).toBe('–')
    expect(formatNumber(Infinity, { style: 'level', decimals: 2 })).toBe('∞')
    expect(formatNumber(-Infinity, { style: 'percent', decimals: 1 })).toBe('-∞%')
    expect(formatNumber(Number.NaN, { style: 'level', decimals: 2 })).toBe('NaN')
  })

  it('does not group numbers toFixed writes in exponent notation', () => {
    expect(formatNumber(1e21, { style: 'level', decimals: 0 })).toBe('1e+21')
  })
})
