import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quantileSorted, typeSevenRanks } from './quantile'
import { selectRanks } from './select-ranks'

/** Expected values: the same positions after Float64Array.prototype.sort, the definition of an order statistic. */
function sortedCopy(values: Float64Array): Float64Array {
  return values.slice().sort()
}

/** Doubles with the awkward cases: repeats, ±0, ±Infinity, huge and tiny magnitudes; no NaN. */
const value = fc.oneof(
  fc.double({ noNaN: true }),
  fc.constantFrom(0, -0, 1, 1, 1, Infinity, -Infinity, 1e308, -1e-308),
  fc.integer({ min: -3, max: 3 })
)

describe('selectRanks', () => {
  it('the doc example: [5, 1, 4, 2, 3], ranks 0 and 2 → 1 and 3', () => {
    const v = Float64Array.of(5, 1, 4, 2, 3)
    selectRanks(v, [0, 2])
    expect([v[0], v[2]]).toEqual([1, 3])
  })

  it('puts every rank asked for where a full sort puts it, and keeps the same values (property, 500 cases)', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), fc.array(fc.nat(), { maxLength: 20 }), (xs, picks) => {
        const values = Float64Array.from(xs)
        const sorted = sortedCopy(values)
        const ranks = picks.map((k) => k % values.length)
        selectRanks(values, ranks)
        // a rank between -0 and 0 may hold either, which compare equal
        for (const r of ranks) expect(values[r] === sorted[r]).toBe(true)
        expect(Array.from(sortedCopy(values), (v) => v + 0)).toEqual(Array.from(sorted, (v) => v + 0))
      }),
      { numRuns: 500, seed: 20261127 }
    )
  })

  it('gives quantileSorted bit for bit what the sorted values give, at the seven reported levels', () => {
    const levels = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 3000 }), (xs) => {
        const values = Float64Array.from(xs)
        const sorted = sortedCopy(values)
        selectRanks(values, levels.flatMap((p) => typeSevenRanks(values.length, p)))
        for (const p of levels) expect(Object.is(quantileSorted(values, p) + 0, quantileSorted(sorted, p) + 0)).toBe(true)
      }),
      { numRuns: 200, seed: 7 }
    )
  })

  it('is right on inputs that defeat a naive quickselect: sorted, reversed, all equal, organ pipe (100,000 values)', () => {
    const n = 100_000
    const shapes: Record<string, (i: number) => number> = {
      sorted: (i) => i,
      reversed: (i) => n - i,
      equal: () => 4,
      organPipe: (i) => (i < n / 2 ? i : n - i),
      twoValues: (i) => i % 2
    }
    for (const [name, f] of Object.entries(shapes)) {
      const values = Float64Array.from({ length: n }, (_, i) => f(i))
      const sorted = sortedCopy(values)
      const ranks = [0, 4_999, 5_000, 49_999, 50_000, 94_999, 95_000, n - 1]
      selectRanks(values, ranks)
      expect(ranks.map((r) => values[r]), name).toEqual(ranks.map((r) => sorted[r]))
    }
  })

  it('gives the same ranks when ranges are sorted after 0, 1 or 2 partitions (the fallback that bounds the worst case)', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1)
    const sorted = sortedCopy(values)
    const ranks = [0, 249, 250, 2499, 2500, 4749, 4750, 4999]
    for (const limit of [0, 1, 2]) {
      const v = values.slice()
      selectRanks(v, ranks, limit)
      expect(ranks.map((r) => v[r]), `depth limit ${limit}`).toEqual(ranks.map((r) => sorted[r]))
    }
  })

  it('ignores ranks outside the values and does nothing without ranks', () => {
    const v = Float64Array.of(3, 1, 2)
    selectRanks(v, [-1, 3, 1.5])
    expect(Array.from(v)).toEqual([3, 1, 2])
    selectRanks(new Float64Array(0), [0])
  })
})
