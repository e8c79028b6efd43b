import { describe, expect, it } from 'vitest'
import { labelledAt, labelStride } from './label-stride'

describe('labelStride', () => {
  it('draws every label where the widest and a 6 px gap fit between two points', () => {
    // 30 + 6 = 36 ≤ 40
    expect(labelStride([30, 24], 40)).toBe(1)
  })

  it('skips labels where they would overlap', () => {
    // national finance at 480 px: years 35 px apart, "12,542" 6 × 0.58 em... about 37 px: (37 + 6) / 35 → 2
    expect(labelStride([37], 35)).toBe(2)
    // (80 + 6) / 20 = 4.3 → 5
    expect(labelStride([80], 20)).toBe(5)
  })

  it('draws every label of a single point', () => {
    expect(labelStride([50], 0)).toBe(1)
  })
})

describe('labelledAt', () => {
  it('counts back from the last point, which always has its label', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((i) => labelledAt(i, 11, 2))).toEqual([0, 2, 4, 6, 8, 10])
    expect([0, 1, 2, 3].filter((i) => labelledAt(i, 4, 3))).toEqual([0, 3])
  })
})
