import { describe, expect, it } from 'vitest'
import { lineSpan, nearestClear } from './clear-of-lines'

describe('lineSpan', () => {
  it('takes the points inside the range and interpolates the segments crossing its ends', () => {
    // y = 100 − x: at x = 50 it is 50, at x = 80 it is 20; no point lies inside, both ends interpolated
    expect(lineSpan([[[0, 100], [100, 0]]], 50, 80)).toEqual({ top: 20, bottom: 50 })
    // a peak at (60, 10) inside [50, 80] is the top; the ends give 100 − 50 × 90/60 = 25 and 10 + 20 × 90/40 = 55
    expect(lineSpan([[[0, 100], [60, 10], [100, 100]]], 50, 80)).toEqual({ top: 10, bottom: 55 })
  })

  it('spans several lines together, and is undefined where none reaches', () => {
    // a flat line at 30 and a point (70, 90) of another: 30 to 90
    expect(lineSpan([[[0, 30], [100, 30]], [[70, 90]]], 60, 80)).toEqual({ top: 30, bottom: 90 })
    // lines ending at x = 100 do not reach a label starting at x = 109 (an end label in the margin)
    expect(lineSpan([[[0, 30], [100, 30]]], 109, 200)).toBeUndefined()
  })
})

describe('nearestClear', () => {
  it('keeps the wanted centre when it is clear', () => {
    expect(nearestClear(100, 20, [{ top: 40, bottom: 70 }], 0, 200)).toBe(100)
  })

  it('moves to the nearer side of a span it overlaps', () => {
    // 20 tall at 50 overlaps [40, 70]: above, the centre is 40 − 2 − 10 = 28 (22 away); below, 70 + 2 + 10 = 82 (32 away)
    expect(nearestClear(50, 20, [{ top: 40, bottom: 70 }], 0, 200, 2)).toBe(28)
  })

  it('goes to the far side when the near one has no room, and gives up when neither has', () => {
    // above would be 28, but the top bound 30 needs a centre ≥ 40: so below, 82
    expect(nearestClear(50, 20, [{ top: 40, bottom: 70 }], 30, 200, 2)).toBe(82)
    // below 82 would end at 92, past the bottom bound 90: nowhere
    expect(nearestClear(50, 20, [{ top: 40, bottom: 70 }], 30, 90, 2)).toBeUndefined()
  })

  it('clears several spans at once: a place between two spans counts only if it fits', () => {
    // spans [40, 70] and [86, 120]; 82 (below the first) would reach 92 > 86 − 2: not clear; 28 above is
    expect(nearestClear(60, 20, [{ top: 40, bottom: 70 }, { top: 86, bottom: 120 }], 0, 200, 2)).toBe(28)
    // a 10-tall label fits the 16 px between them: 70 + 2 + 5 = 77, ends at 82 + 2 = 84 ≤ 86
    expect(nearestClear(60, 10, [{ top: 40, bottom: 70 }, { top: 86, bottom: 120 }], 0, 200, 2)).toBe(77)
  })
  it('skips places the caller refuses', () => {
    // 28 above is nearer, but refused (its leader would cross something): 82 below
    expect(nearestClear(50, 20, [{ top: 40, bottom: 70 }], 0, 200, 2, (y) => y > 50)).toBe(82)
  })
})
