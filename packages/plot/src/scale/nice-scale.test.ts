import { describe, expect, it } from 'vitest'
import { niceScale, yearTicks } from './nice-scale'

describe('niceScale', () => {
  it('rounds the domain out to whole steps of 1, 2 or 5 times a power of ten', () => {
    // span 1,956.78 over 6 ticks is 326 a tick: the next nice step is 500; 1227.79 → 1000, 3184.57 → 3500
    expect(niceScale(1227.79, 3184.57, 6)).toEqual({ domain: [1000, 3500], ticks: [1000, 1500, 2000, 2500, 3000, 3500], step: 500 })
  })

  it('gives ticks without floating-point noise', () => {
    // span 0.3 over 3 ticks: step 0.1
    expect(niceScale(0, 0.3, 3).ticks).toEqual([0, 0.1, 0.2, 0.3])
  })

  it('widens a single value', () => {
    // 10% either side of 50
    expect(niceScale(50, 50, 4).domain[0]).toBeLessThan(50)
  })
})

describe('yearTicks', () => {
  it('labels every year when they fit, and never a fraction of one', () => {
    expect(yearTicks([2009, 2010], 12)).toEqual([2009, 2010])
    // 2000–2010 with room for 4 labels: every 5 years
    expect(yearTicks([2000, 2010], 4)).toEqual([2000, 2005, 2010])
  })
})
