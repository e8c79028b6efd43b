import { describe, expect, it } from 'vitest'
import { displayWidth } from './display-width'

describe('displayWidth', () => {
  it('counts ASCII as one column each', () => {
    expect(displayWidth('')).toBe(0)
    expect(displayWidth('Fiscal revenue')).toBe(14)
  })

  it('counts CJK ideographs and fullwidth forms as two', () => {
    // 4 ideographs × 2
    expect(displayWidth('生產總值')).toBe(8)
    // 開發區生產總值年均增長 (11 × 2) + "21" (2) + % (1) + 以上 (2 × 2) = 29
    expect(displayWidth('開發區生產總值年均增長21%以上')).toBe(29)
    // fullwidth comma and ideographic space
    expect(displayWidth('，\u3000')).toBe(4)
    // hangul and kana
    expect(displayWidth('한カ')).toBe(4)
  })

  it('counts East Asian ambiguous characters as one and combining marks as none', () => {
    expect(displayWidth('“≥ 21%” – ²')).toBe(11)
    // e + combining acute
    expect(displayWidth('e\u0301')).toBe(1)
  })

  it('counts characters outside the BMP once', () => {
    // U+20BB7 𠮷, a CJK Extension B ideograph (two UTF-16 units, two columns)
    expect(displayWidth('𠮷')).toBe(2)
  })
})
