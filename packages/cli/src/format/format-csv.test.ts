import { describe, expect, it } from 'vitest'
import { formatCsv } from './format-csv'

describe('formatCsv', () => {
  it('writes numbers at full precision with a point, null as an empty cell', () => {
    // 1227.79 · 1.21 = 1485.6259 exactly in decimal; the double prints as 1485.6259
    expect(formatCsv([['series', '2005', '2006'], ['gdp', 1227.79, 1227.79 * 1.21], ['debt', null, 0.1 + 0.2]])).toBe(
      'series,2005,2006\ngdp,1227.79,1485.6259\ndebt,,0.30000000000000004\n'
    )
  })

  it('quotes text with commas, quotes and line breaks', () => {
    expect(formatCsv([['a,b', 'say "hi"', 'two\nlines', '開發區']])).toBe('"a,b","say ""hi""","two\nlines",開發區\n')
  })
})
