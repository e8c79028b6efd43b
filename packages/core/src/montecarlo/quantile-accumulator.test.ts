import { describe, expect, it } from 'vitest'
import { DrawStream } from '../random/draw-stream'
import { normalQuantile } from '../random/normal-quantile'
import { quantileSorted } from './quantile'
import { EXACT_VALUE_LIMIT, HISTOGRAM_BINS, PILOT_DRAWS, PILOT_MARGIN, QuantileAccumulator, SUM_BLOCK_DRAWS } from './quantile-accumulator'

/** MODEL.md U3's levels as probabilities. */
const U3_LEVELS = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]
/** Every 0.1% from 0 to 1: the binned bound must hold at every level, not only the reported ones. */
const FINE_LEVELS = Array.from({ length: 1001 }, (_, i) => i / 1000)

/** A cell's value in one draw, from that draw's stream. */
type CellValue = (s: DrawStream) => number

/** `draws` × cells values, draw after draw; draw d uses stream (seed, d), as a Monte Carlo run does. */
function dataset(seed: number, draws: number, cells: readonly CellValue[]): Float64Array {
  const out = new Float64Array(draws * cells.length)
  const s = new DrawStream(seed, 0)
  for (let d = 0; d < draws; d++) {
    s.reset(seed, d)
    cells.forEach((f, c) => (out[d * cells.length + c] = f(s)))
  }
  return out
}

/** Cell c's defined values, sorted: the reference for type-7 quantiles. */
function sortedColumn(data: Float64Array, cells: number, c: number): Float64Array {
  const col: number[] = []
  for (let i = c; i < data.length; i += cells) if (!Number.isNaN(data[i]!)) col.push(data[i]!)
  return Float64Array.from(col).sort()
}

/** Adds draws [from, to) of `data` to `acc`, in the order given by `order` (ascending by default). */
function feed(acc: QuantileAccumulator, data: Float64Array, from: number, to: number, order: 'up' | 'down' = 'up'): QuantileAccumulator {
  const cells = acc.cells
  for (let i = 0; i < to - from; i++) {
    const d = order === 'up' ? from + i : to - 1 - i
    acc.add(d, data.subarray(d * cells, (d + 1) * cells))
  }
  return acc
}

const uniform: CellValue = (s) => s.next()
const normal: CellValue = (s) => 50 + 10 * normalQuantile(s.next())
/** lognormal with σ = 1: skewed, with a long right tail that runs past the pilot's range */
const lognormal: CellValue = (s) => Math.exp(normalQuantile(s.next()))
/** 1 with probability 0.3, else 5 */
const twoPoint: CellValue = (s) => (s.next() < 0.3 ? 1 : 5)

describe('QuantileAccumulator: exact mode', () => {
  it('the doc example: [1, 2, 4] (numpy.quantile([1, 2, 4], [0.05, 0.5, 0.95]) = [1.1, 2.0, 3.8])', () => {
    const acc = QuantileAccumulator.create(3, 1)
    acc.add(0, [1])
    acc.add(1, [2])
    acc.add(2, [4])
    expect(acc.mode).toBe('exact')
    // mean 7/3 = 2.3333333333333335 as a double (Python: 7/3)
    expect(acc.quantiles([0.5])[0]).toEqual({ quantiles: [2], mean: 2.3333333333333335, count: 3, undefinedCount: 0, errorBound: 0 })
    expect(acc.quantiles([0.05, 0.5, 0.95])[0]!.quantiles).toEqual([1.1, 2, 3.8])
  })

  it('(1) equals quantileSorted of each sorted column, bit for bit', () => {
    const cells = [uniform, normal, lognormal, twoPoint]
    const draws = 5000
    const data = dataset(11, draws, cells)
    const acc = feed(QuantileAccumulator.create(draws, cells.length), data, 0, draws)
    expect(acc.mode).toBe('exact')
    const got = acc.quantiles(FINE_LEVELS)
    cells.forEach((_, c) => {
      const sorted = sortedColumn(data, cells.length, c)
      expect(got[c]!.quantiles).toEqual(FINE_LEVELS.map((p) => quantileSorted(sorted, p)))
      expect(got[c]!.errorBound).toBe(0)
      expect(got[c]!.count).toBe(draws)
      // the exact sum rounded once differs from a running sum by rounding only
      const running = sorted.reduce((a, b) => a + b, 0) / draws
      expect(Math.abs(got[c]!.mean! - running)).toBeLessThan(1e-12 * Math.abs(running))
    })
  })

  it('the mean: each block summed in draw order, the block sums added exactly (Python 3 sum and math.fsum)', () => {
    const mean = (values: number[], draws = values.map((_, d) => d)) => {
      const acc = QuantileAccumulator.exact(1)
      values.forEach((v, k) => acc.add(draws[k]!, [v]))
      return acc.quantiles([])[0]!.mean
    }
    // within a block, a running sum: sum([0.1] * 10) = 0.9999999999999999 (math.fsum gives 1.0)
    expect(mean(new Array<number>(10).fill(0.1))).toBe(0.9999999999999999 / 10)
    // across blocks, exact: draws 0, 1024, 2048 are in blocks 0, 1, 2; math.fsum([1e16, 1.0,
    // -1e16]) = 1.0, where a running sum gives 0.0
    const apart = [0, SUM_BLOCK_DRAWS, 2 * SUM_BLOCK_DRAWS]
    expect(mean([1e16, 1, -1e16], apart)).toBe(1 / 3)
    // math.fsum of every order of [1e-16, 1.0, 1e16] = 1.0000000000000002e16 (the 1e-16 breaks
    // the tie of 1e16 + 1 upwards); a running sum gives 1e16 in every order
    for (const order of [[1e-16, 1, 1e16], [1e16, 1, 1e-16], [1, 1e16, 1e-16]]) expect(mean(order, apart)).toBe(1.0000000000000002e16 / 3)
  })

  it('create picks exact mode up to EXACT_VALUE_LIMIT values and needs a pilot beyond', () => {
    const cells = 110
    const most = Math.floor(EXACT_VALUE_LIMIT / cells) // 36 363 draws × 110 = 3 999 930 values
    expect(QuantileAccumulator.create(most, cells).mode).toBe('exact')
    expect(() => QuantileAccumulator.create(most + 1, cells)).toThrow(/need a pilot/)
    const pilot = dataset(1, PILOT_DRAWS, Array.from({ length: cells }, () => normal))
    expect(QuantileAccumulator.create(most + 1, cells, pilot).mode).toBe('binned')
  })
})

describe('QuantileAccumulator: binned mode', () => {
  it('(2) every quantile within one bin width of the exact type-7 quantile, for 200 000 draws', () => {
    const cells = [uniform, normal, lognormal, twoPoint]
    const draws = 200_000
    const data = dataset(7, draws, cells)
    const pilot = data.subarray(0, PILOT_DRAWS * cells.length)
    const acc = feed(QuantileAccumulator.fromPilot(pilot, PILOT_DRAWS, cells.length), data, 0, draws)
    expect(acc.mode).toBe('binned')
    const got = acc.quantiles(FINE_LEVELS)
    const worst: number[] = []
    cells.forEach((_, c) => {
      const sorted = sortedColumn(data, cells.length, c)
      const pilotSorted = sortedColumn(pilot, cells.length, c)
      // bin width = (1 + 2·margin) × pilot range / bins, by construction of the range
      const binWidth = ((1 + 2 * PILOT_MARGIN) * (pilotSorted.at(-1)! - pilotSorted[0]!)) / HISTOGRAM_BINS
      const { quantiles, errorBound } = got[c]!
      expect(errorBound).toBeLessThanOrEqual(binWidth * (1 + 1e-12))
      let maxError = 0
      FINE_LEVELS.forEach((p, i) => {
        const error = Math.abs(quantiles[i]! - quantileSorted(sorted, p))
        // a few ulps of slack: the bound is on exact arithmetic, the two formulas round separately
        expect(error).toBeLessThanOrEqual(errorBound + 4 * Number.EPSILON * Math.abs(sorted.at(-1)!))
        maxError = Math.max(maxError, error)
      })
      const range = sorted.at(-1)! - sorted[0]!
      expect(errorBound / range).toBeLessThan(0.001)
      worst.push(maxError / range)
      // the smallest and largest values are kept exactly
      expect([quantiles[0], quantiles.at(-1)]).toEqual([sorted[0], sorted.at(-1)])
    })
    // the continuous cells are approximated, well inside 0.1% of the range; the two-point cell
    // is exact: its two values are its smallest and largest, whose counts are kept
    for (const c of [0, 1, 2]) expect(worst[c]).toBeGreaterThan(0)
    for (const c of [0, 1, 2]) expect(worst[c]).toBeLessThan(0.001)
    expect(worst[3]).toBe(0)
    expect(got[3]!.errorBound).toBe(0)
  })

  it('a point mass at either end is ranked exactly: debt paid off in 30% of draws, land used up to its cap in 11.5%', () => {
    // cell 0: 0 with probability 0.3, else lognormal; cell 1: min(planned, 500 + 100·z) with the
    // cap 620 reached with probability 1 − Φ(1.2) = 0.115; cell 2: clamped to [0, 1], each end
    // with probability Φ(−0.5 / 0.35) = 0.077 (Python: statistics.NormalDist)
    const paidOff: CellValue = (s) => (s.next() < 0.3 ? 0 : Math.exp(normalQuantile(s.next())))
    const capped: CellValue = (s) => Math.min(620, 500 + 100 * normalQuantile(s.next()))
    const both: CellValue = (s) => Math.min(1, Math.max(0, 0.5 + 0.35 * normalQuantile(s.next())))
    const cells = [paidOff, capped, both]
    const draws = 100_000
    const data = dataset(11, draws, cells)
    const acc = feed(QuantileAccumulator.fromPilot(data.subarray(0, PILOT_DRAWS * cells.length), PILOT_DRAWS, cells.length), data, 0, draws)
    const got = acc.quantiles(U3_LEVELS)
    cells.forEach((_, c) => {
      const sorted = sortedColumn(data, cells.length, c)
      U3_LEVELS.forEach((p, i) => {
        const exact = quantileSorted(sorted, p)
        // the ranks on the point mass give its value, bit for bit
        if (exact === sorted[0] || exact === sorted.at(-1)) expect(got[c]!.quantiles[i], `cell ${c} p${p}`).toBe(exact)
      })
    })
    // the 5th, 10th and 25th percentiles of the paid-off cell are 0; the 90th and 95th of the capped one 620
    expect(got[0]!.quantiles.slice(0, 3)).toEqual([0, 0, 0])
    expect(got[1]!.quantiles.slice(5)).toEqual([620, 620])
    expect([got[2]!.quantiles[0], got[2]!.quantiles[6]]).toEqual([0, 1])
  })

  it('(3) values outside the pilot range are kept and ranked exactly', () => {
    // pilot: cell 0 spans [0, 1] (range [−0.25, 1.25]); cell 1 is constant 7; cell 2 has no value
    const pilot = Float64Array.of(0, 7, NaN, 1, 7, NaN)
    const acc = QuantileAccumulator.fromPilot(pilot, 2, 3)
    // 10 values below the range, its two ends (first and last bin) and 0.5, 10 values above
    const column0 = [...Array.from({ length: 10 }, (_, i) => -10 + i), -0.25, 0.5, 1.25, ...Array.from({ length: 10 }, (_, i) => 2 + i)]
    column0.forEach((v, d) => acc.add(d, [v, 7, d * 1.5]))
    const levels = Array.from({ length: 41 }, (_, i) => i / 40)
    const got = acc.quantiles(levels)
    // every rank is in the overflow lists (1.25, on the range's upper end, is outside the last
    // bin's half-open interval) or is the smallest or largest value in the range: exact
    expect(got[0]!.quantiles).toEqual(levels.map((p) => quantileSorted(Float64Array.from(column0).sort(), p)))
    // numpy.quantile(column0, [0.25, 0.5, 0.75, 0.475]) = [-4.5, 0.5, 5.5, 0.08749999999999947]
    expect([0.25, 0.5, 0.75].map((p) => got[0]!.quantiles[levels.indexOf(p)])).toEqual([-4.5, 0.5, 5.5])
    expect(got[0]!.quantiles[levels.indexOf(0.475)]).toBeCloseTo(0.08749999999999947, 14)
    expect(got[0]!.errorBound).toBe(0)
    // a value alone inside its bin is placed at the bin's middle: within a bin width of its rank
    const middle = QuantileAccumulator.fromPilot(Float64Array.of(0, 1), 2, 1)
    ;[-0.25, 0.5, 0.7, 1].forEach((v, d) => middle.add(d, [v]))
    const width = 1.5 / 4096
    // type 7 at p = 1/3 is rank 1 exactly: 0.5 lies in the bin starting at 0.5 ((0.5 + 0.25) / width = 2048)
    expect(middle.quantiles([1 / 3])[0]).toMatchObject({ quantiles: [0.5 + width / 2], errorBound: width })
    expect(got[1]!.quantiles).toEqual(levels.map(() => 7))
    expect(got[1]!.errorBound).toBe(0)
    expect(got[2]!.quantiles).toEqual(levels.map((p) => quantileSorted(Float64Array.from(column0, (_, d) => d * 1.5), p)))
    // infinite values overflow and are ranked like any other, with quantileSorted's arithmetic
    // (0 × ∞ is NaN next to an infinity); the mean follows IEEE arithmetic (∞ − ∞ is NaN)
    const infinite = [-Infinity, 0.5, Infinity, Infinity]
    const inf = QuantileAccumulator.fromPilot(Float64Array.of(0, 1), 2, 1)
    infinite.forEach((v, d) => inf.add(d, [v]))
    const [cell] = inf.quantiles(levels)
    expect(cell!.quantiles).toEqual(levels.map((p) => quantileSorted(Float64Array.from(infinite).sort(), p)))
    expect(cell!.mean).toBeNaN()
  })

  it('a cell constant or undefined in the pilot still takes any value later: as the exact accumulator, within a bin', () => {
    // pilot: cell 0 is 7 in every draw, cell 1 NaN in every draw, cell 2 varies; later draws give
    // cells 0 and 1 the pilot's value mostly and, now and then, another: 7 + 3e-9 (inside cell 0's
    // range, 7 ± 7e-9, without being 7), values outside it, NaN and ±Infinity
    const cells = 3
    const pilot = new Float64Array(PILOT_DRAWS * cells)
    for (let d = 0; d < PILOT_DRAWS; d++) pilot.set([7, NaN, d], d * cells)
    const draws = 3 * SUM_BLOCK_DRAWS + 17
    const odd = [7 + 3e-9, 8, NaN, Infinity, -Infinity, 6.5, 0]
    const data = new Float64Array(draws * cells)
    for (let d = 0; d < draws; d++) {
      const k = d % 97 === 5 ? odd[d % odd.length]! : undefined
      data.set([d < PILOT_DRAWS ? 7 : (k ?? 7), d < PILOT_DRAWS ? NaN : (k ?? NaN), d % 1000], d * cells)
    }
    const binned = QuantileAccumulator.fromPilot(pilot, PILOT_DRAWS, cells)
    const exact = QuantileAccumulator.exact(cells)
    // the binned one through slot and blockValues, as simulate writes draws; the exact one through add
    for (let d = 0; d < draws; d++) {
      binned.blockValues.set(data.subarray(d * cells, (d + 1) * cells), binned.slot(d))
      exact.add(d, data.subarray(d * cells, (d + 1) * cells))
    }
    const want = exact.quantiles(FINE_LEVELS)
    binned.quantiles(FINE_LEVELS).forEach((cell, c) => {
      expect(cell.count).toBe(want[c]!.count)
      expect(cell.undefinedCount).toBe(want[c]!.undefinedCount)
      // both sum each block in draw order and add the block sums exactly: the same bits
      expect(Object.is(cell.mean, want[c]!.mean)).toBe(true)
      cell.quantiles.forEach((q, i) => {
        const w = want[c]!.quantiles[i]!
        if (!Number.isFinite(w)) expect(q).toBe(w)
        else expect(Math.abs(q! - w)).toBeLessThanOrEqual(cell.errorBound)
      })
    })
    // cells 0 and 1 hold the odd values exactly (outside the range, or the range's extremes)
    expect(binned.quantiles([0, 1]).slice(0, 2).map((c) => c.quantiles)).toEqual(want.slice(0, 2).map((c) => [c.quantiles[0], c.quantiles[1000]]))
  })

  it('uses 4 bytes per bin: 1.8 MB for 110 cells, whatever the number of draws', () => {
    const cells = 110
    const acc = QuantileAccumulator.fromPilot(dataset(3, PILOT_DRAWS, Array.from({ length: cells }, () => normal)), PILOT_DRAWS, cells)
    // 110 × 4096 × 4 = 1 802 240 bytes of counts, plus the open block (110 × 1024 × 8 = 901 120)
    // and its draw indices (8 192), plus 5 × 8 bytes per cell (range, scale, min, max)
    expect(acc.byteLength).toBeGreaterThanOrEqual(1_802_240 + 901_120 + 8_192)
    expect(acc.byteLength).toBeLessThan(2_800_000)
  })
})

describe('QuantileAccumulator: merging and serialising', () => {
  const cells = [normal, lognormal, (s: DrawStream) => 1e6 + normalQuantile(s.next()) / 3]
  const draws = 30_000
  const data = dataset(5, draws, cells)
  const pilot = data.subarray(0, PILOT_DRAWS * cells.length)
  const fresh = {
    binned: () => QuantileAccumulator.fromPilot(pilot, PILOT_DRAWS, cells.length),
    exact: () => QuantileAccumulator.exact(cells.length)
  }

  for (const mode of ['binned', 'exact'] as const) {
    it(`(4) ${mode}: draws split among accumulators and merged in any order give the same bytes`, () => {
      const whole = JSON.stringify(feed(fresh[mode](), data, 0, draws).quantiles(U3_LEVELS))
      // three contiguous shares at uneven boundaries, merged last-first
      const [a, b, c] = [feed(fresh[mode](), data, 0, 12_345), feed(fresh[mode](), data, 12_345, 20_000), feed(fresh[mode](), data, 20_000, draws, 'down')]
      expect(JSON.stringify(c.merge(a).merge(b).quantiles(U3_LEVELS))).toBe(whole)
      // interleaved shares (even and odd draws), merged odd-first
      const even = fresh[mode]()
      const odd = fresh[mode]()
      for (let d = 0; d < draws; d++) (d % 2 === 0 ? even : odd).add(d, data.subarray(d * cells.length, (d + 1) * cells.length))
      expect(JSON.stringify(odd.merge(even).quantiles(U3_LEVELS))).toBe(whole)
      expect(odd.draws).toBe(draws)
    })
  }

  for (const mode of ['binned', 'exact'] as const) {
    it(`(4) ${mode}: told the run's draw count, its last, short block is summed as it closes, with the same bytes as when it waits`, () => {
      // 30 000 = 29 × 1024 + 304: the last block is short
      expect(draws % SUM_BLOCK_DRAWS).not.toBe(0)
      const told = feed(QuantileAccumulator.create(draws, cells.length, pilot, { exactValueLimit: mode === 'exact' ? Infinity : 0 }), data, 0, draws)
      expect(told.mode).toBe(mode)
      const sent = told.serialise()
      expect(sent.pendingBlocks.byteLength).toBe(0)
      expect(JSON.stringify(QuantileAccumulator.deserialise(sent).quantiles(U3_LEVELS))).toBe(JSON.stringify(feed(fresh[mode](), data, 0, draws).quantiles(U3_LEVELS)))
      // a share that stops short of the run's end keeps its last block waiting for the rest
      expect(feed(QuantileAccumulator.create(draws, cells.length, pilot, { exactValueLimit: mode === 'exact' ? Infinity : 0 }), data, 0, 29_000).serialise().pendingBlocks.byteLength).toBeGreaterThan(0)
    })
  }

  it('(4) a running sum would not have been split-proof for these data', () => {
    // the third cell's values near 1e6 lose low bits in a running sum, differently per split
    const running = (from: number, to: number) => {
      let s = 0
      for (let d = from; d < to; d++) s += data[d * cells.length + 2]!
      return s
    }
    expect(running(0, draws)).not.toBe(running(0, 12_345) + running(12_345, draws))
  })

  it('a draw added twice, or merged from two accumulators, is rejected', () => {
    const a = feed(fresh.binned(), data, 0, 10)
    expect(() => a.add(5, data.subarray(15, 18))).toThrow(/draw 5 is added twice/)
    expect(() => a.merge(feed(fresh.binned(), data, 9, 12))).toThrow(/draw 9 is added twice/)
    expect(() => a.merge(a)).toThrow(/itself/)
    expect(() => a.add(10, [1, 2])).toThrow(/not one per cell/)
    expect(() => a.add(-1, data.subarray(0, 3))).toThrow(/draw index -1/)
    const otherPilot = QuantileAccumulator.fromPilot(data.subarray(3000, 3000 + PILOT_DRAWS * 3), PILOT_DRAWS, 3)
    expect(() => a.merge(otherPilot)).toThrow(/different ranges for cell 0/)
    expect(() => a.merge(fresh.exact())).toThrow(/cannot merge an? exact accumulator/)
    // a failed merge leaves the accumulator as it was
    expect(a.draws).toBe(10)
  })

  for (const mode of ['binned', 'exact'] as const) {
    it(`(5) ${mode}: serialise, transfer and deserialise give the same results, and the copy goes on accumulating`, () => {
      const original = feed(fresh[mode](), data, 0, 20_000)
      const sent = original.serialise()
      const received = structuredClone(sent, { transfer: QuantileAccumulator.transferList(sent) })
      const copy = QuantileAccumulator.deserialise(received)
      expect(JSON.stringify(copy.quantiles(U3_LEVELS))).toBe(JSON.stringify(original.quantiles(U3_LEVELS)))
      expect([copy.mode, copy.cells, copy.bins, copy.draws]).toEqual([original.mode, original.cells, original.bins, 20_000])
      // a worker's flow: an empty template goes out, a filled accumulator comes back and is merged
      const worker = QuantileAccumulator.deserialise(fresh[mode]().serialise())
      const back = QuantileAccumulator.deserialise(feed(worker, data, 20_000, draws).serialise())
      const whole = JSON.stringify(feed(fresh[mode](), data, 0, draws).quantiles(U3_LEVELS))
      expect(JSON.stringify(copy.merge(back).quantiles(U3_LEVELS))).toBe(whole)
    })
  }

  it('(5) deserialise rejects data whose sizes do not fit', () => {
    const sent = fresh.binned().serialise()
    expect(() => QuantileAccumulator.deserialise({ ...sent, cells: 4 })).toThrow(/serialised lo has 3 elements, expected 4/)
    expect(() => QuantileAccumulator.deserialise({ ...sent, counts: new ArrayBuffer(8) })).toThrow(/serialised counts/)
    expect(() => QuantileAccumulator.deserialise({ ...sent, pendingBlocks: Float64Array.of(0, 2).buffer })).toThrow(/pending blocks/)
  })
})

describe('QuantileAccumulator: undefined values', () => {
  for (const mode of ['binned', 'exact'] as const) {
    it(`(6) ${mode}: a cell with no value gives null; NaN values are counted, not ranked`, () => {
      const cells = [(_: DrawStream) => NaN, (s: DrawStream) => (s.next() < 0.2 ? NaN : 3 + s.next())]
      const draws = 5000
      const data = dataset(9, draws, cells)
      const acc = mode === 'exact' ? QuantileAccumulator.exact(2) : QuantileAccumulator.fromPilot(data.subarray(0, 2 * PILOT_DRAWS), PILOT_DRAWS, 2)
      const [none, some] = feed(acc, data, 0, draws).quantiles(U3_LEVELS)
      expect(none).toEqual({ quantiles: U3_LEVELS.map(() => null), mean: null, count: 0, undefinedCount: draws, errorBound: 0 })
      const sorted = sortedColumn(data, 2, 1)
      expect(some!.count).toBe(sorted.length)
      expect(some!.count + some!.undefinedCount).toBe(draws)
      U3_LEVELS.forEach((p, i) => expect(Math.abs(some!.quantiles[i]! - quantileSorted(sorted, p))).toBeLessThanOrEqual(some!.errorBound))
    })
  }
})
