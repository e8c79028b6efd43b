import { describe, expect, it } from 'vitest'
import { tellingDecimals } from './telling-decimals'

const yiyuan = { kind: 'money', money: 'yiyuan', prices: 'real', baseYear: 2015 } as const

describe('tellingDecimals', () => {
  it('adds decimals until a value that misses its bound no longer prints as the bound', () => {
    // 9.9567% at 1 decimal is "10.0%", the bound "10.0%"; at 2, "9.96%" against "10.00%": 1 extra
    expect(tellingDecimals(0.099567, { min: 0.1 }, { kind: 'percent' }, 'en')).toBe(1)
    // 0.0999957: "10.0%", "10.00%", "10.000%" all equal the bound's; "9.9996%" at 4 decimals is 3 extra, the most
    expect(tellingDecimals(0.0999957, { min: 0.1 }, { kind: 'percent' }, 'en')).toBe(3)
    // 23,949.55 億元 prints "23,950" (no decimals at that size) against "24,000": none needed
    expect(tellingDecimals(23949.55, { min: 24000 }, yiyuan, 'en')).toBe(0)
    // 999.96 億元 prints "1,000.0" (one decimal below 1,000), its bound 1,000 prints "1,000": they read the
    // same number, so one more: "999.96" against "1,000.0"
    expect(tellingDecimals(999.96, { min: 1000 }, yiyuan, 'en')).toBe(1)
    // over a maximum: 0.5004 reads "0.50" against "≤ 0.50"; "0.500" still; "0.5004" at 2 extra
    expect(tellingDecimals(0.5004, { max: 0.5 }, { kind: 'ratio' }, 'en')).toBe(2)
  })

  it('adds none when the value meets its bounds or is the bound', () => {
    // 15,500.4 meets ≥ 15,500: "15,500 against ≥ 15,500" is true as it reads
    expect(tellingDecimals(15500.4, { min: 15500 }, yiyuan, 'en')).toBe(0)
    // 0.4996 under ≤ 0.5 meets it too, though both read "0.50"
    expect(tellingDecimals(0.4996, { max: 0.5 }, { kind: 'ratio' }, 'en')).toBe(0)
    // a miss of floating-point noise (1e-13 under 1,726.4 = 260 億美元 × 6.64) is no miss to show
    expect(tellingDecimals(1726.4 - 1e-13, { min: 1726.4 }, yiyuan, 'en')).toBe(0)
    expect(tellingDecimals(0.5, {}, { kind: 'ratio' }, 'en')).toBe(0)
  })
})
