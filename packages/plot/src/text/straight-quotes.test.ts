import { describe, expect, it } from 'vitest'
import { straightQuotes } from './straight-quotes'
import { textWidth } from './text-width'

describe('straightQuotes', () => {
  it('makes double and single curly quotes straight', () => {
    expect(straightQuotes('What moves “Zone GDP growth”')).toBe('What moves "Zone GDP growth"')
    expect(straightQuotes('the city’s ‘core’')).toBe("the city's 'core'")
  })

  it('lays out narrow: a quoted title loses the two full-width ems of its curly quotes', () => {
    // “ and ” are 1 em each (full width, as the PNG's Chinese font draws them); " is 0.3 em: 2 × 0.7 × 17 px = 23.8 px
    expect(textWidth('What moves “GDP”', 17) - textWidth(straightQuotes('What moves “GDP”'), 17)).toBeCloseTo(23.8, 9)
  })

  it('goes through a chart data object, keeping what is not a string', () => {
    const data = { series: '“GDP”', years: [2020, 2021], plan: [1.5, null], nested: [{ label: 'a’s', met: true }] }
    expect(straightQuotes(data)).toEqual({ series: '"GDP"', years: [2020, 2021], plan: [1.5, null], nested: [{ label: "a's", met: true }] })
  })
})
