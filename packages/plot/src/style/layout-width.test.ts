import { describe, expect, it } from 'vitest'
import { layoutWidth, MAX_ZOOM, ZOOM_FROM_WIDTH } from './layout-width'

describe('layoutWidth', () => {
  it('lays out report widths at their own width', () => {
    expect([400, 480, 720, 960].map(layoutWidth)).toEqual([400, 480, 720, 960])
  })

  it('enlarges wider charts by at most 1.5', () => {
    // 1200 / 960 = 1.25; 1600 / 1.5 = 1066.7 → 1067 (1.4995); 4000 / 1.5 = 2666.7 → 2667
    expect([1200, 1440, 1600, 4000].map(layoutWidth)).toEqual([960, 960, 1067, 2667])
    for (let width = ZOOM_FROM_WIDTH; width <= 4000; width += 7) {
      expect(width / layoutWidth(width)).toBeGreaterThanOrEqual(1)
      expect(width / layoutWidth(width)).toBeLessThan(MAX_ZOOM + 0.001)
    }
  })
})
