import { describe, expect, it } from 'vitest'
import { sampleStandardDeviation, mean } from 'simple-statistics'
import { findOutliers } from './find-outliers'
import { logGrowth } from './log-growth'
import { JILIN_GDP, JILIN_YEARS } from './test-data'

const years = (n: number, from = 2000) => Array.from({ length: n }, (_, i) => from + i)
/** 12 years growing 10% a year with a ±1-point wobble: growth 9%, 11%, 9%, 11%… */
const wobbly = (n = 12) => {
  const out = [1000]
  for (let i = 1; i < n; i++) out.push(out[i - 1]! * (i % 2 ? 1.09 : 1.11))
  return out
}
const series = (values: number[]) => ({ name: 'gdp', years: years(values.length), values })

describe('findOutliers: the slips real data contains', () => {
  it('a digit dropped: a spike, its expected value the geometric mean of its neighbours, replaced', () => {
    const v = wobbly()
    const true6 = v[6]!
    v[6] = Math.round(true6 / 10)
    const [o, ...rest] = findOutliers(series(v))
    expect(rest).toEqual([])
    expect(o).toMatchObject({ year: 2006, value: v[6], kind: 'spike', treatment: 'replaced' })
    // √(v5·v7) = v5·√(1.09·1.11) by the construction above, within a hair of the true value
    expect(o!.expected).toBeCloseTo(v[5]! * Math.sqrt(1.09 * 1.11), 6)
    expect(o!.reason).toContain('a jump that reverses')
    expect(o!.reason).toContain('about 10 times too small: a digit dropped')
  })

  it('one bad value cannot hide by inflating the spread', () => {
    // with the classical z-score a single value among n can never score above (n−1)/√n
    // (Shiffler 1988): 3.0 for these 11 growth rates, below any sensible threshold; the robust
    // score of the same value is large
    const v = wobbly()
    v[6] = v[6]! * 1.6
    const g = logGrowth(v)
    const z = Math.max(...g.map((x) => Math.abs(x - mean(g)) / sampleStandardDeviation(g)))
    expect(z).toBeLessThan(10 / Math.sqrt(11))
    expect(findOutliers(series(v))[0]?.score).toBeGreaterThan(10)
  })

  it('a break at the first year: dropped', () => {
    const v = wobbly()
    v[0] = v[0]! * 0.7
    expect(findOutliers(series(v))).toMatchObject([{ year: 2000, kind: 'first', treatment: 'dropped' }])
  })

  it('a break at the last year: kept (a revision cannot be told from a slip), unless it reads as a slip', () => {
    const cut = wobbly()
    cut[11] = cut[11]! * 0.75
    expect(findOutliers(series(cut))).toMatchObject([{ year: 2011, kind: 'last', treatment: 'kept' }])
    const slip = wobbly()
    slip[11] = slip[11]! * 10
    const [o] = findOutliers(series(slip))
    expect(o).toMatchObject({ year: 2011, kind: 'last', treatment: 'dropped' })
    expect(o!.reason).toContain('about 10 times too large')
  })

  it('a jump that lasts: a level shift, kept', () => {
    const v = wobbly().map((x, i) => (i >= 6 ? x * 1.3 : x))
    expect(findOutliers(series(v))).toMatchObject([{ year: 2006, kind: 'level-shift', treatment: 'kept' }])
  })

  it('a value pasted from another region\'s row', () => {
    const v = wobbly()
    v[6] = 1234.56
    const [o] = findOutliers(series(v), { peers: (year) => (year === 2006 ? [{ region: '吉林省', value: 1234.56 }] : []) })
    expect(o!.reason).toContain('equals 吉林省\'s 2006 value: pasted from the wrong row?')
  })

  it('a year all regions share is not a slip once the common growth is taken out', () => {
    // 2009: growth falls 12 points in this series and in the panel alike
    const v = wobbly()
    for (let i = 9; i < 12; i++) v[i] = v[i]! * 0.88
    expect(findOutliers(series(v)).map((o) => o.year)).toEqual([2009])
    const common = new Map(years(12).slice(1).map((y) => [y, y === 2009 ? Math.log(0.88) : 0] as [number, number]))
    expect(findOutliers(series(v), { commonGrowth: common, peerCount: 31 })).toEqual([])
  })

  it('flags nothing in a clean series: Jilin\'s GDP 2000–2016', () => {
    expect(findOutliers({ name: 'gdp', years: JILIN_YEARS, values: JILIN_GDP })).toEqual([])
  })

  it('a lower threshold flags more', () => {
    const v = wobbly()
    v[6] = v[6]! * 1.08
    expect(findOutliers(series(v))).toEqual([])
    expect(findOutliers(series(v), { threshold: 3 })[0]?.year).toBe(2006)
  })

  it('checks nothing with fewer than six levels', () => {
    expect(findOutliers(series([1, 2, 0.1, 4, 5]))).toEqual([])
  })
})
