import { describe, expect, it } from 'vitest'
import { planSeriesPath } from './plan-series-path'

const years = [2005, 2006, 2007, 2008, 2009, 2010]
const round = (v: (number | null)[]) => v.map((x) => (x === null ? null : +x.toFixed(6)))

describe('planSeriesPath (A1–A4)', () => {
  it('A1: average growth fixes the end level; geometric in between', () => {
    // 100·1.2^k
    expect(round(planSeriesPath({ growth: { kind: 'constant', value: 0.2 }, levels: [], parts: [] }, years, 100))).toEqual([100, 120, 144, 172.8, 207.36, 248.832])
  })
  it('A2: a stated level pins its year; the path runs geometric base → pin → end', () => {
    // Jilin GDP: base 1227.79, 2006 pinned at 1680, end 1227.79·1.21^5 = 3184.4876…;
    // 2007 = 1680·(3184.4876/1680)^(1/4) (hand: ratio 1.895528, fourth root 1.173357 → 1971.24)
    const v = planSeriesPath({ growth: { kind: 'constant', value: 0.21 }, levels: [{ year: 2006, value: 1680, growth: 0.37 }], parts: [] }, years, 1227.79)
    expect(v[0]).toBe(1227.79)
    expect(v[1]).toBe(1680)
    expect(v[5]).toBeCloseTo(1227.79 * Math.pow(1.21, 5), 9)
    expect(v[2]).toBeCloseTo(1971.24, 1)
  })
  it('holds the last stated level flat without growth', () => {
    expect(planSeriesPath({ levels: [{ year: 2007, value: 144 }], parts: [] }, years, 100)).toEqual([100, 120, 144, 144, 144, 144])
  })
  it('A2: a per-year growth map compounds, restarting at stated levels', () => {
    const v = planSeriesPath({ growth: { kind: 'years', points: [[2006, 0.5], [2007, 0.1]] }, levels: [{ year: 2008, value: 200 }], parts: [] }, years, 100)
    // 100 → 150 → 165 → pinned 200 → 220 → 242 (2009 on at the last rate, 10%)
    expect(round(v)).toEqual([100, 150, 165, 200, 220, 242])
  })
  it('is null before the first stated level without a base value', () => {
    expect(planSeriesPath({ levels: [{ year: 2007, value: 5 }], parts: [] }, years, undefined)).toEqual([null, null, 5, 5, 5, 5])
  })
  it('takes a parts total as a stated level', () => {
    expect(planSeriesPath({ levels: [], parts: [{ year: 2006, parts: { a: 1 }, total: 2.5 }] }, [2005, 2006], 2)).toEqual([2, 2.5])
  })
})
