import { describe, expect, it } from 'vitest'
import { formatNumber, levelDecimals } from './format-number'
import { formatTick, formatValue } from './format-value'
import { unitLabel } from './unit-label'

const real2005 = { kind: 'money', money: 'yiyuan', prices: 'real', baseYear: 2005 } as const

describe('number formats', () => {
  it('groups thousands whatever the locale', () => {
    expect(formatNumber(1227.79, 1)).toBe('1,227.8')
    expect(formatNumber(15500, 0)).toBe('15,500')
    expect(formatNumber(-0.04, 1)).toBe('0.0')
    expect(formatNumber(-1234.5, 1)).toBe('-1,234.5')
  })

  it('shows about three significant digits, and 0 as 0', () => {
    expect([levelDecimals(1227.79), levelDecimals(34.98), levelDecimals(2.5), levelDecimals(0.54), levelDecimals(0)]).toEqual([0, 1, 2, 3, 0])
  })

  it('writes values with their units in either language', () => {
    // 3184.57 rounds to 3,185 at no decimals
    expect(formatValue(3184.57, real2005, 'en')).toBe('3,185 億元')
    expect(formatValue(0.2101, { kind: 'percent' }, 'zh')).toBe('21.0%')
    expect(formatValue(34.98, { kind: 'area' }, 'en')).toBe('35.0 km²')
    expect(formatValue(34.98, { kind: 'area' }, 'zh')).toBe('35.0 平方公里')
  })

  it('gives ticks the decimals their step needs', () => {
    expect(formatTick(1500, 500, real2005)).toBe('1,500')
    // a 5-point step on a percent axis: 0.05 is 5 points, no decimals
    expect(formatTick(0.25, 0.05, { kind: 'percent' })).toBe('25')
    expect(formatTick(2.5, 0.5, { kind: 'area' })).toBe('2.5')
  })

  it('says the unit and the price basis on the axis', () => {
    expect(unitLabel(real2005, 'en')).toBe('億元, 2005 prices')
    expect(unitLabel(real2005, 'zh')).toBe('億元，2005年價格')
    expect(unitLabel({ kind: 'money', money: 'yiyuan', prices: 'nominal' }, 'en')).toBe('億元, current prices')
    expect(unitLabel({ kind: 'money', money: 'yiyuan', prices: 'nominal' }, 'zh')).toBe('億元，當年價格')
    expect(unitLabel({ kind: 'area' }, 'zh')).toBe('平方公里')
  })
})
