import { describe, expect, it } from 'vitest'
import { isFullWidth, textWidth } from './text-width'

describe('textWidth', () => {
  it('takes the ellipsis, the arrow and the em dash a whole em wide, as the PNG font draws them', () => {
    // advances in WenQuanYi Micro Hei (HarfBuzz, harfbuzzjs 1.6.4): "…" 1.000 em, "→" 1.000 em, "—" 1.000 em
    expect(textWidth('…', 12)).toBe(12)
    expect(textWidth('→', 12)).toBe(12)
    expect(textWidth('—', 12)).toBe(12)
    // "311 → 6.8%": 3 × 0.58 + 0.3 + 1 + 0.3 + 0.58 + 0.3 + 0.58 + 0.72 = 5.52 em
    expect(textWidth('311 → 6.8%', 10)).toBeCloseTo(55.2, 9)
  })

  it('does not count them as Chinese: an English chart with a cut label needs no Chinese font', () => {
    expect(['…', '→', '—'].some((ch) => isFullWidth(ch.codePointAt(0)!))).toBe(false)
  })
})
