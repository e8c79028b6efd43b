import { describe, expect, it } from 'vitest'
import { evalLevelPath } from './eval-level-path'
import { evalRatePath } from './eval-rate-path'
import { priceIndex } from './price-index'
import { convertBasis } from './convert-basis'

const years = [2005, 2006, 2007, 2008]

describe('evalLevelPath', () => {
  it('holds a constant', () => {
    expect(evalLevelPath({ kind: 'constant', value: 7 }, years)).toEqual([7, 7, 7, 7])
  })
  it('compounds {base, growth}', () => {
    // 100·1.1^k: 100, 110, 121, 133.1
    const v = evalLevelPath({ kind: 'growth', base: 100, growth: { kind: 'constant', value: 0.1 } }, years)
    expect(v.map((x) => +x!.toFixed(9))).toEqual([100, 110, 121, 133.1])
  })
  it('starts {growth} from the base value, null without one', () => {
    const path = { kind: 'growth' as const, growth: { kind: 'constant' as const, value: 0.5 } }
    expect(evalLevelPath(path, years, 8)).toEqual([8, 12, 18, 27])
    expect(evalLevelPath(path, years)).toEqual([null, null, null, null])
  })
  it('interpolates a year map geometrically from the base value and holds the last', () => {
    // base 100 in 2005, 144 in 2007: 2006 = 100·(1.44)^(1/2) = 120; 2008 held at 144
    expect(evalLevelPath({ kind: 'years', points: [[2007, 144]] }, years, 100)).toEqual([100, 120, 144, 144])
  })
  it('holds the first value before it without a base value', () => {
    expect(evalLevelPath({ kind: 'years', points: [[2006, 50], [2008, 200]] }, years)).toEqual([50, 50, 100, 200])
  })
  it('interpolates linearly where a level is zero', () => {
    expect(evalLevelPath({ kind: 'years', points: [[2005, 0], [2007, 10]] }, years)).toEqual([0, 5, 10, 10])
  })
})

describe('evalRatePath', () => {
  it('interpolates per-year rates linearly and holds them outside', () => {
    const v = evalRatePath({ kind: 'years', points: [[2006, 0.1], [2008, 0.2]] }, years)
    expect(v.map((x) => +x.toFixed(12))).toEqual([0.1, 0.1, 0.15, 0.2])
  })
})

describe('priceIndex and convertBasis (P0)', () => {
  it('compounds inflation from p(t0) = 1', () => {
    // 1, 1.03, 1.03·1.05 = 1.0815, ·1.05 = 1.135575
    const p = priceIndex({ kind: 'years', points: [[2006, 0.03], [2007, 0.05]] }, years)
    expect(p.map((x) => +x.toFixed(9))).toEqual([1, 1.03, 1.0815, 1.135575])
  })
  it('is flat without inflation', () => {
    expect(priceIndex(null, years)).toEqual([1, 1, 1, 1])
  })
  it('converts real to nominal and back', () => {
    expect(convertBasis(100, 'real', 'nominal', 1.2)).toBeCloseTo(120, 12)
    expect(convertBasis(120, 'nominal', 'real', 1.2)).toBeCloseTo(100, 12)
    expect(convertBasis(5, 'none', 'nominal', 1.2)).toBe(5)
  })
})

describe('commonBasis', () => {
  it('keeps a shared basis, takes the other where one has none, else goes nominal (P0)', async () => {
    const { commonBasis } = await import('./convert-basis')
    expect(commonBasis('real', 'real')).toBe('real')
    expect(commonBasis('real', 'none')).toBe('real')
    expect(commonBasis('none', 'nominal')).toBe('nominal')
    expect(commonBasis('none', 'none')).toBe('none')
    expect(commonBasis('real', 'nominal')).toBe('nominal')
  })
})
