import { describe, expect, it } from 'vitest'
import { parseSeriesRef, regionRef } from './series-ref'

describe('series references', () => {
  it('splits region.x from a zone series', () => {
    expect(parseSeriesRef('region.gdp')).toEqual({ scope: 'region', series: 'gdp' })
    expect(parseSeriesRef('gdp')).toEqual({ scope: 'zone', series: 'gdp' })
  })
  it('names a share denominator as a region series either way', () => {
    expect(regionRef('gdp')).toBe('region.gdp')
    expect(regionRef('region.gdp')).toBe('region.gdp')
  })
})
