import { describe, expect, it } from 'vitest'
import { fitLabelWithUnit } from './fit-label-with-unit'
import { textWidth } from './text-width'

describe('fitLabelWithUnit', () => {
  it('keeps a label that fits whole, with its unit', () => {
    expect(fitLabelWithUnit('Zone GDP growth', '%', 12, 400)).toBe('Zone GDP growth (%)')
    expect(fitLabelWithUnit('Debt ratio', '', 12, 400)).toBe('Debt ratio')
  })

  it('shortens the label, never the unit, to the width', () => {
    // 12 ideographs of 12 px = 144 px and " (億元)" = 12 px ideographs × 2 + brackets and space: over 100 px in all,
    // so the label is cut to what fits in 100 px less the suffix, ending in "…"
    const text = fitLabelWithUnit('十年規劃期內地區生產總值', '億元', 12, 100)
    expect(text.endsWith('… (億元)')).toBe(true)
    expect(textWidth(text, 12)).toBeLessThanOrEqual(100)
    // the 480-px tornado of a long target: the axis label had run off the chart's right edge
    const long = fitLabelWithUnit('GDP growth of at least 10% a year over the whole ten-year planning period', '%', 12, 300)
    expect(long.endsWith('… (%)')).toBe(true)
    expect(textWidth(long, 12)).toBeLessThanOrEqual(300)
  })
})
