import { describe, expect, it } from 'vitest'
import { formatTargetValue } from './format-target-value'

describe('formatTargetValue', () => {
  it('shows rates and shares as percentages with one decimal', () => {
    expect(formatTargetValue('cagr', 0.21)).toBe('21.0%')
    // (1680/1227.79) − 1 = 0.36831… → 36.8%
    expect(formatTargetValue('growth', 1680 / 1227.79 - 1)).toBe('36.8%')
    expect(formatTargetValue('share', 0.4026275)).toBe('40.3%')
  })

  it('shows levels and sums with thousands separators and no trailing zeros', () => {
    expect(formatTargetValue('level', 1680)).toBe('1,680')
    // 1227.79 · 1.21 = 1485.6259 → two decimals
    expect(formatTargetValue('level', 1227.79 * 1.21)).toBe('1,485.63')
    // 1210 + 1464.1 + 1771.561 = 4445.661 → 4,445.66
    expect(formatTargetValue('cumulative', 1210 + 1464.1 + 1771.561)).toBe('4,445.66')
  })

  it('keeps up to four decimals for ratios and expressions', () => {
    expect(formatTargetValue('ratio', 0.104)).toBe('0.104')
    expect(formatTargetValue('expr', 2 / 3)).toBe('0.6667')
    expect(formatTargetValue('ratio', 3.5)).toBe('3.5')
  })

  it('shows an undefined value as an en dash', () => {
    expect(formatTargetValue('cagr', null)).toBe('–')
    expect(formatTargetValue('level', null)).toBe('–')
  })
})
