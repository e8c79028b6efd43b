/**
 * Quantiles and means of every cell (one series × one year) of a Monte Carlo run (MODEL.md U3)
 * without keeping every draw, and with results that do not depend on how the draws were divided
 * among threads or in which order partial results were merged.
 */
import { addExact, roundedSum } from './exact-sum'
import { quantileSorted, typeSevenRanks } from './quantile'
import { selectRanks } from './select-ranks'
import { unionRanges } from './draw-ranges'

/**
 * Most values (draws × cells) kept for exact quantiles: 4 million doubles are 32 MB, at most
 * 64 MB while the buffer doubles, a fifth of the 300 MB budget; beyond it, binned mode.
 */
export const EXACT_VALUE_LIMIT = 4_000_000

/**
 * Histogram bins per cell: a bin is 1/4096 of the widened pilot range, i.e. 1.5/4096 = 0.037%
 * of the pilot's own range with PILOT_MARGIN (so of the run's range, which holds the pilot's),
 * well inside the 0.1% budget. Counts are 32-bit: 16 KB per cell, so a cell's histogram stays
 * in the level-1 cache while a block of its values is binned.
 */
export const HISTOGRAM_BINS = 4096

/**
 * Fraction of the pilot's range added on each side: draws beyond a K-draw pilot's extremes are
 * 2/(K + 1) of the run on average, and the margin catches most of them, so few go to the exact
 * (memory-using) overflow lists: measured, 0.002–0.1% of 10⁶ lognormal draws for σ = 0.25 to 2.
 */
export const PILOT_MARGIN = 0.25

/**
 * Draws in the pilot, the first draws of the run: on average 1 in 1025 later draws lies beyond
 * its maximum (as many below its minimum) before the margin widens the range.
 */
export const PILOT_DRAWS = 1024

/**
 * Draws per block. Values are buffered a block at a time and then handled cell by cell (one
 * cell's histogram at a time, instead of every cell's per draw, which misses the cache), and
 * each cell's values in a block are summed in draw order before the block's sum is added
 * exactly. Threads therefore take shares that begin on a block boundary (see SimulationPart).
 */
export const SUM_BLOCK_DRAWS = 1024

/**
 * Half-width, relative to the value (absolute when it is 0), of the range of a cell whose pilot
 * values are all equal (a base-year value, a fixed series): the range only has to hold that value
 * and rounding noise; the cell's smallest and largest values, kept exactly, give it back.
 */
const CONSTANT_CELL_HALF_WIDTH = 1e-9

/** What a pilot saw in a cell (see `classify`): values that vary, one value, or no value. */
const CellKind = { General: 0, Constant: 1, Undefined: 2 } as const

/**
 * Cells whose values exact mode gathers in one pass over the rows: 16 adjacent doubles are two
 * cache lines of a row. The gathered columns take at most 16/cells of the stored values (4.7 MB
 * for the seeds' 108 cells at their largest exact run, 37,037 draws).
 */
const EXACT_TILE = 16

/** Row capacity an exact-mode buffer starts from when no draw count was announced. */
const MIN_ROW_CAPACITY = 64

export interface QuantileAccumulatorOptions {
  /** histogram bins per cell in binned mode; default HISTOGRAM_BINS */
  bins?: number
  /** fraction of the pilot range added on each side of it; default PILOT_MARGIN */
  margin?: number
  /** `create` keeps every value (exact mode) up to this many draws × cells; default EXACT_VALUE_LIMIT */
  exactValueLimit?: number
}

/** One cell's summary, in the cell's own units. */
export interface CellQuantiles {
  /** the type-7 quantile at each requested level, in the order asked; null when the cell has no value */
  quantiles: (number | null)[]
  /** mean of the cell's values (±Infinity if it has infinite ones, NaN if both signs); null when it has none */
  mean: number | null
  /** draws with a value (not NaN) in this cell */
  count: number
  /** draws where the cell was undefined (NaN) */
  undefinedCount: number
  /**
   * every quantile above is within this of the exact type-7 quantile of the same values; 0 means
   * exact. Binned mode: a bin's width where a rank fell inside a bin, at most (hi − lo)/bins.
   */
  errorBound: number
}

/**
 * An accumulator as plain data for `postMessage`: numbers, a string and ArrayBuffers (list them
 * with `QuantileAccumulator.transferList` to move rather than copy them). Per-cell arrays are
 * cell after cell; lengths say where each cell's share of `outside` and `partials` ends.
 */
export interface SerialisedQuantileAccumulator {
  mode: 'exact' | 'binned'
  cells: number
  bins: number
  /** Float64 per cell (binned) */
  lo: ArrayBuffer
  hi: ArrayBuffer
  /** Uint32 per cell × bin: how many values fell in the bin (binned) */
  counts: ArrayBuffer
  /** Float64 per cell: the smallest and largest value inside [lo, hi] (binned) */
  min: ArrayBuffer
  max: ArrayBuffer
  /** Float64 per cell: how many values equal the smallest, and the largest (binned) */
  minCount: ArrayBuffer
  maxCount: ArrayBuffer
  /** Float64 values outside [lo, hi], and Uint32 how many per cell (binned) */
  outside: ArrayBuffer
  outsideLengths: ArrayBuffer
  /** Float64 draws × cells, row after row (exact) */
  rows: ArrayBuffer
  /** Uint32 per cell */
  undefinedCounts: ArrayBuffer
  /** Float64 exact-sum partials of the block sums, and Uint32 how many per cell */
  partials: ArrayBuffer
  partialLengths: ArrayBuffer
  /** Float64 per cell: the sum of its infinite values (0 if none) */
  infinities: ArrayBuffer
  /** Float64 [start, end) pairs of the draw indices added, ascending */
  draws: ArrayBuffer
  /** blocks with draws missing: Float64 block index and draw count per block, then their draw indices and values */
  pendingBlocks: ArrayBuffer
  pendingDraws: ArrayBuffer
  pendingValues: ArrayBuffer
}

/** Everything an accumulator holds; built by the factories and `deserialise`. */
interface State {
  mode: 'exact' | 'binned'
  cells: number
  bins: number
  lo: Float64Array
  hi: Float64Array
  counts: Uint32Array
  min: Float64Array
  max: Float64Array
  minCount: Float64Array
  maxCount: Float64Array
  outside: number[][]
  rows: Float64Array
  rowCount: number
  undefinedCounts: Uint32Array
  partials: number[][]
  infinities: Float64Array
  drawRanges: number[]
  pending: Map<number, PendingBlock>
}

/** The draws of a block that one accumulator has not all of, with their values, for its sums. */
interface PendingBlock {
  /** draws held, over all pieces */
  count: number
  /** as they came: draw indices, and their values draw after draw (`cells` each) */
  pieces: { draws: Float64Array; values: Float64Array }[]
}

/**
 * Per-cell quantiles (Hyndman & Fan type 7, as `quantileSorted` and numpy's default) and means
 * of a Monte Carlo run, in one of two modes:
 *
 * - **exact** (draws × cells ≤ EXACT_VALUE_LIMIT): keeps every value, 8 bytes each (up to twice
 *   that while the buffer grows); quantiles are `quantileSorted` of the values, the two ranks it
 *   reads at each level put in place by `selectRanks` (no full sort).
 * - **binned**: each cell's range [lo, hi] is fixed by a pilot (its first draws' min and max,
 *   widened by PILOT_MARGIN on each side) and split into `bins` equal bins that count their
 *   values: 4 bytes per bin, so 4096 bins × 110 cells = 1.8 MB whatever the number of draws.
 *   Values outside [lo, hi] are kept exactly in per-cell overflow lists (8 bytes each; on average
 *   0.2% of the values or fewer with a PILOT_DRAWS pilot), and so are the smallest and largest
 *   value inside, with how many values equal each. The m values of a bin are taken as spread
 *   evenly over it (the j-th of m at the middle of the j-th m-th of the bin) and clamped to the
 *   cell's smallest and largest value; the true value of that rank lies in the same bin, so each
 *   quantile is within one bin width, (hi − lo)/bins, of the exact one: 0.037% of the range with
 *   the defaults. Exact where the ranks fall outside [lo, hi], on the smallest or largest value
 *   (so on a point mass at either end: debt paid off in 30% of the draws gives a 10th percentile
 *   of exactly 0, not a fraction of a bin above it), or in a cell whose values are all equal.
 *   The bins are equal in value, so a long right tail makes them wide next to the low
 *   quantiles: the bound is a fraction of the range, not of the quantile.
 *
 * Values are buffered SUM_BLOCK_DRAWS draws at a time (one contiguous copy per draw) and handled
 * cell by cell when the block is full, so that one cell's histogram is in the cache at a time.
 * Means: a cell's values in a block are summed in draw order, and the block sums are added
 * exactly (Shewchuk's partials, as Python's `math.fsum`) and rounded once at the end.
 *
 * Cost, measured on Node 20 on one core of a 2-core Xeon: `add` about 8 ns per value in binned
 * mode (0.9 µs per draw of 108 cells), `quantiles` 10–20 ms (binned, 108 cells) to 0.23–0.28 s
 * (exact, 37,000 draws × 108 cells: 4 million values; 0.45 s when each cell was sorted).
 *
 * Determinism: counts, min and max, overflow lists (sorted when read) and exact sums merge by
 * order-free operations, so accumulators that each add their draws in ascending order, and
 * whose draws split only at multiples of SUM_BLOCK_DRAWS, give the same bytes from `quantiles`,
 * merged in any order, as one accumulator fed every draw. Quantiles depend on neither order nor
 * split; a mean split inside a block may differ in its last bits. Each draw index is added once
 * across the accumulators merged (`add` and `merge` throw otherwise), and all come from the same
 * pilot and options (the pilot is the same first draws whatever the number of threads; `merge`
 * checks the ranges). Undefined-value counts are 32-bit: at most 2³² − 1 draws per run.
 *
 * @example
 * const acc = QuantileAccumulator.create(3, 1) // 3 draws × 1 cell: exact mode
 * acc.add(0, [1]); acc.add(1, [2]); acc.add(2, [4])
 * acc.quantiles([0.5])[0] // => { quantiles: [2], mean: 2.3333333333333335, count: 3, undefinedCount: 0, errorBound: 0 }
 */
export class QuantileAccumulator {
  /** 'exact' keeps every value; 'binned' keeps a histogram per cell */
  readonly mode: 'exact' | 'binned'
  /** values per draw: series × years */
  readonly cells: number
  /** histogram bins per cell; 0 in exact mode */
  readonly bins: number
  // binned: each cell's range, its histogram, its extreme values and the values outside the range
  private readonly lo: Float64Array
  private readonly hi: Float64Array
  private readonly scale: Float64Array
  private readonly counts: Uint32Array
  private readonly min: Float64Array
  private readonly max: Float64Array
  // how many values equal min and max: a point mass at an end (debt paid off, land used up)
  // is then ranked exactly, not spread over its bin
  private readonly minCount: Float64Array
  private readonly maxCount: Float64Array
  private readonly outside: number[][]
  // exact: every draw's values, row after row, with spare capacity
  private rows: Float64Array
  private rowCount: number
  // both modes
  private readonly undefinedCounts: Uint32Array
  private readonly partials: number[][]
  private readonly infinities: Float64Array
  private drawRanges: number[]
  // the open block: its draws' values, draw after draw as added, and their draw indices
  private readonly block: Float64Array
  private readonly blockDrawIndices: Float64Array
  // one cell's values of the open block that no bin took (see binCell)
  private readonly spill = new Float64Array(SUM_BLOCK_DRAWS)
  // binned: what the pilot saw in each cell (CellKind), and the value of a constant cell
  private readonly kind: Uint8Array
  private readonly constant: Float64Array
  private blockDraws = 0
  private blockIndex = -1
  /**
   * The run's number of draws, when `create` was told it: its last block, short of
   * SUM_BLOCK_DRAWS, is then summed when it closes instead of waiting in `pending` for draws
   * that will not come (the same sums in the same order, without keeping the block's values)
   */
  private runDraws = Infinity
  // blocks closed with some of their draws missing: their values wait for the rest (see `merge`)
  private pending: Map<number, PendingBlock>

  private constructor(s: State) {
    this.mode = s.mode
    this.cells = s.cells
    this.bins = s.bins
    this.lo = s.lo
    this.hi = s.hi
    this.scale = s.lo.map((lo, c) => binScale(s.bins, lo, s.hi[c]!))
    this.counts = s.counts
    this.min = s.min
    this.max = s.max
    this.minCount = s.minCount
    this.maxCount = s.maxCount
    this.outside = s.outside
    this.rows = s.rows
    this.rowCount = s.rowCount
    this.undefinedCounts = s.undefinedCounts
    this.partials = s.partials
    this.infinities = s.infinities
    this.drawRanges = s.drawRanges
    this.block = new Float64Array(s.cells * SUM_BLOCK_DRAWS)
    this.blockDrawIndices = new Float64Array(SUM_BLOCK_DRAWS)
    this.pending = s.pending
    this.kind = new Uint8Array(s.mode === 'binned' ? s.cells : 0)
    this.constant = new Float64Array(this.kind.length)
  }

  /**
   * An accumulator for a run of `totalDraws` draws: exact mode when totalDraws × cells ≤
   * `options.exactValueLimit` (EXACT_VALUE_LIMIT), else binned mode from `pilot`. Its block that
   * ends with draw totalDraws − 1 is summed as a whole block, short as it may be.
   *
   * @param pilot the first draws' values, draw after draw (`cells` values each); needed in binned mode
   * @throws RangeError when a count is not a positive integer, or binned mode has no pilot
   * @example QuantileAccumulator.create(1_000_000, 110, pilot).mode // => 'binned'
   * @example QuantileAccumulator.create(2000, 110).mode // => 'exact'
   */
  static create(totalDraws: number, cells: number, pilot?: ArrayLike<number>, options: QuantileAccumulatorOptions = {}): QuantileAccumulator {
    checkCount('total draws', totalDraws)
    checkCount('cells', cells)
    const limit = options.exactValueLimit ?? EXACT_VALUE_LIMIT
    if (totalDraws * cells > limit && pilot === undefined) {
      throw new RangeError(`${totalDraws} draws × ${cells} cells is more than ${limit} values, so quantiles are binned and need a pilot: pass the values of the first ${PILOT_DRAWS} draws`)
    }
    const acc = totalDraws * cells <= limit ? QuantileAccumulator.exact(cells, totalDraws) : QuantileAccumulator.fromPilot(pilot!, pilot!.length / cells, cells, options)
    acc.runDraws = totalDraws
    return acc
  }

  /**
   * A binned-mode accumulator whose ranges come from a pilot; the pilot's draws are not added
   * (whoever handles those draws adds them like any other).
   *
   * @param pilot `pilotDraws` × `cells` values, draw after draw; NaN and ±Infinity do not set ranges
   * @throws RangeError when the pilot's length is not pilotDraws × cells, or an option is out of range
   * @example QuantileAccumulator.fromPilot(Float64Array.of(0, 10, 4, 10), 2, 2).bins // => 4096
   */
  static fromPilot(pilot: ArrayLike<number>, pilotDraws: number, cells: number, options: QuantileAccumulatorOptions = {}): QuantileAccumulator {
    checkCount('cells', cells)
    checkCount('pilot draws', pilotDraws)
    if (pilot.length !== pilotDraws * cells) throw new RangeError(`pilot has ${pilot.length} values, not ${pilotDraws} draws × ${cells} cells`)
    const bins = options.bins ?? HISTOGRAM_BINS
    const margin = options.margin ?? PILOT_MARGIN
    checkCount('bins', bins)
    if (!(margin >= 0 && Number.isFinite(margin))) throw new RangeError(`pilot margin ${margin} is not a finite fraction ≥ 0`)
    const lo = new Float64Array(cells).fill(Infinity)
    const hi = new Float64Array(cells).fill(-Infinity)
    // cells whose pilot values are not all equal to the first draw's (NaN counting as equal to NaN)
    const varies = new Uint8Array(cells)
    for (let d = 0; d < pilotDraws; d++) {
      for (let c = 0; c < cells; c++) {
        const v = pilot[d * cells + c]!
        const first = pilot[c]!
        if (v !== first && (v === v || first === first)) varies[c] = 1
        // not finite (NaN or ±Infinity): no range
        if (v - v !== 0) continue
        if (v < lo[c]!) lo[c] = v
        if (v > hi[c]!) hi[c] = v
      }
    }
    for (let c = 0; c < cells; c++) {
      const min = lo[c]!
      const max = hi[c]!
      // a cell with no finite pilot value keeps the empty range [∞, −∞]: all its values overflow
      if (min > max) continue
      const half = min === max ? CONSTANT_CELL_HALF_WIDTH * (min === 0 ? 1 : Math.abs(min)) : margin * (max - min)
      lo[c] = min - half
      hi[c] = max + half
    }
    const acc = new QuantileAccumulator({
      ...emptyCommon(cells),
      mode: 'binned', bins, lo, hi,
      counts: new Uint32Array(cells * bins),
      min: new Float64Array(cells).fill(Infinity),
      max: new Float64Array(cells).fill(-Infinity),
      minCount: new Float64Array(cells),
      maxCount: new Float64Array(cells),
      outside: Array.from({ length: cells }, () => []),
      rows: new Float64Array(0), rowCount: 0
    })
    acc.classify(varies, pilot)
    return acc
  }

  /**
   * An exact-mode accumulator, with room for `expectedDraws` draws before its buffer grows.
   *
   * @example QuantileAccumulator.exact(3).mode // => 'exact'
   */
  static exact(cells: number, expectedDraws = 0): QuantileAccumulator {
    checkCount('cells', cells)
    return new QuantileAccumulator({
      ...emptyCommon(cells),
      mode: 'exact', bins: 0,
      lo: new Float64Array(0), hi: new Float64Array(0),
      counts: new Uint32Array(0), min: new Float64Array(0), max: new Float64Array(0),
      minCount: new Float64Array(0), maxCount: new Float64Array(0), outside: [],
      rows: new Float64Array(Math.max(0, Math.floor(expectedDraws)) * cells), rowCount: 0
    })
  }

  /**
   * Rebuilds an accumulator from `serialise`'s output (in another thread, say).
   *
   * @throws RangeError when the data's sizes do not fit together
   * @example QuantileAccumulator.deserialise(acc.serialise()).quantiles([0.5]) // => acc.quantiles([0.5])
   */
  static deserialise(data: SerialisedQuantileAccumulator): QuantileAccumulator {
    const { mode, cells, bins } = data
    checkCount('cells', cells)
    if (mode !== 'exact' && mode !== 'binned') throw new RangeError(`unknown accumulator mode "${String(mode)}"`)
    const perCell = mode === 'binned' ? cells : 0
    const rows = new Float64Array(data.rows.slice(0))
    const s: State = {
      mode, cells, bins,
      lo: sized(new Float64Array(data.lo.slice(0)), perCell, 'lo'),
      hi: sized(new Float64Array(data.hi.slice(0)), perCell, 'hi'),
      counts: sized(new Uint32Array(data.counts.slice(0)), perCell * bins, 'counts'),
      min: sized(new Float64Array(data.min.slice(0)), perCell, 'min'),
      max: sized(new Float64Array(data.max.slice(0)), perCell, 'max'),
      minCount: sized(new Float64Array(data.minCount.slice(0)), perCell, 'minCount'),
      maxCount: sized(new Float64Array(data.maxCount.slice(0)), perCell, 'maxCount'),
      outside: mode === 'binned' ? unpack(data.outside, data.outsideLengths, cells, 'outside') : [],
      rows, rowCount: rows.length / cells,
      undefinedCounts: sized(new Uint32Array(data.undefinedCounts.slice(0)), cells, 'undefinedCounts'),
      partials: unpack(data.partials, data.partialLengths, cells, 'partials'),
      infinities: sized(new Float64Array(data.infinities.slice(0)), cells, 'infinities'),
      drawRanges: Array.from(new Float64Array(data.draws)),
      pending: unpackPending(data, cells)
    }
    if (!Number.isInteger(s.rowCount)) throw new RangeError(`rows hold ${rows.length} values, not a whole number of draws of ${cells} cells`)
    return new QuantileAccumulator(s)
  }

  /**
   * The ArrayBuffers of serialised data, for `postMessage(data, transferList(data))`.
   *
   * @example QuantileAccumulator.transferList(acc.serialise()).length // => 18
   */
  static transferList(data: SerialisedQuantileAccumulator): ArrayBuffer[] {
    return [data.lo, data.hi, data.counts, data.min, data.max, data.minCount, data.maxCount, data.outside, data.outsideLengths, data.rows,
      data.undefinedCounts, data.partials, data.partialLengths, data.infinities, data.draws,
      data.pendingBlocks, data.pendingDraws, data.pendingValues]
  }

  /** Number of draws added, here and through `merge`. */
  get draws(): number {
    let n = 0
    for (let i = 0; i < this.drawRanges.length; i += 2) n += this.drawRanges[i + 1]! - this.drawRanges[i]!
    return n
  }

  /** Bytes held in arrays (histograms, overflow lists, stored values, sums, the open block), including spare capacity. */
  get byteLength(): number {
    let n = this.lo.byteLength * 7 + this.counts.byteLength + this.block.byteLength + this.blockDrawIndices.byteLength
    n += this.rows.byteLength + this.undefinedCounts.byteLength + this.infinities.byteLength + this.drawRanges.length * 8
    for (const b of this.pending.values()) for (const piece of b.pieces) n += piece.draws.byteLength + piece.values.byteLength
    for (const o of this.outside) n += o.length * 8
    for (const p of this.partials) n += p.length * 8
    return n
  }

  /**
   * Adds draw `draw`'s values, one per cell; NaN means the cell is undefined in that draw.
   * Allocates nothing in binned mode unless a value falls outside its cell's range.
   *
   * @throws RangeError when `values` has not `cells` values, or the draw was already added
   * @example acc.add(0, Float64Array.of(1.5, NaN)) // => undefined
   */
  add(draw: number, values: ArrayLike<number>): void {
    if (values.length !== this.cells) throw new RangeError(`draw ${draw} has ${values.length} values, not one per cell (${this.cells})`)
    this.block.set(values, this.slot(draw))
  }

  /**
   * Claims draw `draw` and returns where its values go: `cells` values from this offset in
   * `blockValues`, which the caller writes before calling anything else on the accumulator. `add`
   * without the copy, for a Monte Carlo loop that writes each draw's values in place.
   *
   * @throws RangeError when the draw was already added
   * @example const at = acc.slot(0); acc.blockValues[at] = 1.5 // as acc.add(0, [1.5]) with one cell
   */
  slot(draw: number): number {
    this.claim(draw)
    const index = Math.floor(draw / SUM_BLOCK_DRAWS)
    if (index !== this.blockIndex) {
      this.flush()
      this.blockIndex = index
    }
    this.blockDrawIndices[this.blockDraws] = draw
    return this.blockDraws++ * this.cells
  }

  /** The open block's values, draw after draw (see `slot`). */
  get blockValues(): Float64Array {
    return this.block
  }

  /**
   * Adds everything `other` holds into this accumulator (which it returns); `other` is unchanged
   * but for its open block, which is handled (as `quantiles` would).
   * Both must come from the same factory call, pilot and options (or `deserialise` of it).
   *
   * @throws RangeError when the modes, sizes or ranges differ, or a draw is in both
   * @example a.merge(b).draws // => a.draws + b.draws
   */
  merge(other: QuantileAccumulator): this {
    if (other === this) throw new RangeError('an accumulator cannot be merged with itself: its draws would count twice')
    this.checkCompatible(other)
    // first, as it is the one check that can fail once the shapes agree
    this.drawRanges = unionRanges(this.drawRanges, other.drawRanges)
    other.flush()
    for (const [index, block] of other.pending) for (const piece of block.pieces) this.addPending(index, piece.draws.slice(), piece.values.slice())
    for (let c = 0; c < this.cells; c++) {
      this.undefinedCounts[c]! += other.undefinedCounts[c]!
      this.infinities[c]! += other.infinities[c]!
      for (const p of other.partials[c]!) addExact(this.partials[c]!, p)
    }
    if (this.mode === 'binned') {
      const h = this.counts
      const o = other.counts
      for (let i = 0; i < h.length; i++) h[i]! += o[i]!
      for (let c = 0; c < this.cells; c++) {
        this.foldMin(c, other.min[c]!, other.minCount[c]!)
        this.foldMax(c, other.max[c]!, other.maxCount[c]!)
        for (const v of other.outside[c]!) this.outside[c]!.push(v)
      }
    } else {
      this.reserveRows(this.rowCount + other.rowCount)
      this.rows.set(other.rows.subarray(0, other.rowCount * this.cells), this.rowCount * this.cells)
      this.rowCount += other.rowCount
    }
    return this
  }

  /**
   * This accumulator as plain data (copies), for `postMessage` or storage; handles the open block first.
   *
   * @example QuantileAccumulator.deserialise(acc.serialise()).draws // => acc.draws
   */
  serialise(): SerialisedQuantileAccumulator {
    this.flush()
    const [outside, outsideLengths] = pack(this.outside)
    const [partials, partialLengths] = pack(this.partials)
    return {
      mode: this.mode, cells: this.cells, bins: this.bins,
      lo: this.lo.slice().buffer, hi: this.hi.slice().buffer,
      counts: this.counts.slice().buffer,
      min: this.min.slice().buffer, max: this.max.slice().buffer,
      minCount: this.minCount.slice().buffer, maxCount: this.maxCount.slice().buffer,
      outside, outsideLengths,
      rows: this.rows.slice(0, this.rowCount * this.cells).buffer,
      undefinedCounts: this.undefinedCounts.slice().buffer,
      partials, partialLengths,
      infinities: this.infinities.slice().buffer,
      draws: Float64Array.from(this.drawRanges).buffer,
      ...packPending(this.pending)
    }
  }

  /**
   * Each cell's type-7 quantiles at `levels` (probabilities, e.g. 0.05 for the 5th percentile) and
   * its mean, over the draws added; cell order as in `add`. Handles the open block first.
   *
   * @throws RangeError when a level is not in [0, 1]
   * @example acc.quantiles([0.05, 0.5, 0.95]).map((cell) => cell.quantiles) // => [[1.1, 2, 3.8]] after the class example's draws
   */
  quantiles(levels: readonly number[]): CellQuantiles[] {
    for (const p of levels) if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile level ${p} is not a probability in [0, 1]`)
    this.flush()
    const draws = this.draws
    // exact mode: EXACT_TILE cells' values at a time, gathered in one pass over the rows
    const exact = this.mode === 'exact'
    const tile = new Float64Array(exact ? EXACT_TILE * this.rowCount : 0)
    const tileLengths = new Int32Array(EXACT_TILE)
    // blocks still missing draws (a stopped run's last block, a share's) count as they are
    const pendingSums = [...this.pending.values()].map((b) => blockSums(b, this.cells))
    const out: CellQuantiles[] = []
    for (let c = 0; c < this.cells; c++) {
      const count = draws - this.undefinedCounts[c]!
      const t = c % EXACT_TILE
      if (exact && t === 0) this.gatherColumns(c, Math.min(EXACT_TILE, this.cells - c), tile, tileLengths)
      const cell = exact ? exactCell(tile.subarray(t * this.rowCount, t * this.rowCount + tileLengths[t]!), levels) : this.binnedCell(c, levels, count)
      const infinite = this.infinities[c]!
      const partials = this.partials[c]!.slice()
      for (const sums of pendingSums) if (sums[c] !== 0) addExact(partials, sums[c]!)
      const mean = count === 0 ? null : (infinite !== 0 ? infinite : roundedSum(partials)) / count
      out.push({ quantiles: cell.quantiles, mean, count, undefinedCount: this.undefinedCounts[c]!, errorBound: cell.errorBound })
    }
    return out
  }

  /**
   * Handles the open block cell by cell: undefined and infinite values, the bins, and the block's
   * sums when the block is complete, or else keeps its values until the rest of its draws come.
   */
  private flush(): void {
    const k = this.blockDraws
    if (k === 0) return
    const cells = this.cells
    if (this.mode === 'exact') {
      this.reserveRows(this.rowCount + k)
      this.rows.set(this.block.subarray(0, k * cells), this.rowCount * cells)
      this.rowCount += k
    }
    // a whole block, added in ascending order, is summed here; any other waits in `pending`. The
    // run's last block is whole with fewer draws: all from its start to the run's last draw
    const start = this.blockIndex * SUM_BLOCK_DRAWS
    const indices = this.blockDrawIndices.subarray(0, k)
    const whole = indices[0] === start && indices[k - 1] === start + k - 1 && (k === SUM_BLOCK_DRAWS || start + k === this.runDraws) && ascending(indices)
    for (let c = 0; c < cells; c++) {
      const sum = this.mode === 'binned' ? this.binCell(c, k) : this.spillCell(c, this.block, c, this.cells, k)
      if (whole && sum !== 0) addExact(this.partials[c]!, sum)
    }
    if (!whole) this.addPending(this.blockIndex, this.blockDrawIndices.slice(0, k), this.block.slice(0, k * cells))
    this.blockDraws = 0
  }

  /**
   * Marks the cells whose pilot values were all equal (a base-year value, a series no draw
   * changes) or all undefined, which `binCell` then handles with one comparison per value. Only
   * a matter of speed: every value still goes where the general loop would put it.
   *
   * @param varies per cell, 1 where the pilot's values differ
   * @param first the pilot's first draw (its first `cells` values)
   */
  private classify(varies: Uint8Array, first: ArrayLike<number>): void {
    for (let c = 0; c < this.cells; c++) {
      if (varies[c]) continue
      const v = first[c]!
      if (v !== v) {
        this.kind[c] = CellKind.Undefined
      } else if (this.binOf(c, v) >= 0) {
        this.kind[c] = CellKind.Constant
        this.constant[c] = v
      }
    }
  }

  /** Takes `count` in-range values equal to v into cell c's smallest value and its count. */
  private foldMin(c: number, v: number, count: number): void {
    if (v < this.min[c]!) {
      this.min[c] = v
      this.minCount[c] = count
    } else if (v === this.min[c]) {
      this.minCount[c]! += count
    }
  }

  /** Takes `count` in-range values equal to v into cell c's largest value and its count. */
  private foldMax(c: number, v: number, count: number): void {
    if (v > this.max[c]!) {
      this.max[c] = v
      this.maxCount[c] = count
    } else if (v === this.max[c]) {
      this.maxCount[c]! += count
    }
  }

  /** The bin of value v in cell c, or −1 when it falls in none. */
  private binOf(c: number, v: number): number {
    const x = (v - this.lo[c]!) * this.scale[c]!
    return x >= 0 && x < this.bins ? x | 0 : -1
  }

  /**
   * Binned mode: bins cell c's values in the open block's first k draws and returns the sum of its
   * finite values. The loop holds only what nearly every value takes (a value inside the cell's
   * range); the rest go to a spill list for `spillCell`, so the optimised loop is not thrown away
   * for each kind of rare value (NaN, ±Infinity, an outlier) as it first comes.
   */
  private binCell(c: number, k: number): number {
    const kind = this.kind[c]
    if (kind === CellKind.Constant) return this.binConstantCell(c, k)
    if (kind === CellKind.Undefined) return this.binUndefinedCell(c, k)
    const cells = this.cells
    const block = this.block
    const counts = this.counts
    const spill = this.spill
    const bins = this.bins
    const lo = this.lo[c]!
    const scale = this.scale[c]!
    const base = c * bins
    const to = c + k * cells
    let sum = 0
    let min = this.min[c]!
    let max = this.max[c]!
    let minCount = this.minCount[c]!
    let maxCount = this.maxCount[c]!
    let spilled = 0
    for (let i = c; i < to; i += cells) {
      const v = block[i]!
      // NaN, ±Infinity and values outside the range all fail this one test
      const x = (v - lo) * scale
      if (x >= 0 && x < bins) {
        counts[base + (x | 0)]!++
        sum += v
        // one comparison each for the usual value, strictly inside
        if (v <= min) {
          if (v < min) {
            min = v
            minCount = 0
          }
          minCount++
        }
        if (v >= max) {
          if (v > max) {
            max = v
            maxCount = 0
          }
          maxCount++
        }
      } else {
        spill[spilled++] = v
        // summed here, so that the block's sum is in draw order whatever the values
        if (v - v === 0) sum += v
      }
    }
    this.min[c] = min
    this.max[c] = max
    this.minCount[c] = minCount
    this.maxCount[c] = maxCount
    if (spilled > 0) this.spillCell(c, this.spill, 0, 1, spilled)
    return sum
  }

  /** `binCell` for a cell whose pilot values were all `constant[c]`: the same result, one test per value. */
  private binConstantCell(c: number, k: number): number {
    const cells = this.cells
    const block = this.block
    const spill = this.spill
    const value = this.constant[c]!
    const to = c + k * cells
    let sum = 0
    let same = 0
    let spilled = 0
    for (let i = c; i < to; i += cells) {
      const v = block[i]!
      if (v === value) {
        same++
        sum += v
      } else {
        spill[spilled++] = v
        if (v - v === 0) sum += v
      }
    }
    if (same > 0) {
      this.counts[c * this.bins + this.binOf(c, value)]! += same
      this.foldMin(c, value, same)
      this.foldMax(c, value, same)
    }
    if (spilled > 0) this.binSpilled(c, spilled)
    return sum
  }

  /** `binCell` for a cell whose pilot values were all undefined (NaN). */
  private binUndefinedCell(c: number, k: number): number {
    const cells = this.cells
    const block = this.block
    const spill = this.spill
    const to = c + k * cells
    let sum = 0
    let undefinedCount = 0
    let spilled = 0
    for (let i = c; i < to; i += cells) {
      const v = block[i]!
      if (v !== v) {
        undefinedCount++
      } else {
        spill[spilled++] = v
        if (v - v === 0) sum += v
      }
    }
    this.undefinedCounts[c]! += undefinedCount
    if (spilled > 0) this.binSpilled(c, spilled)
    return sum
  }

  /**
   * The general loop's work on the `k` values a constant or undefined cell spilled: bins those
   * inside the cell's range (with its smallest and largest value), hands the rest to `spillCell`.
   */
  private binSpilled(c: number, k: number): void {
    const spill = this.spill
    let rest = 0
    for (let j = 0; j < k; j++) {
      const v = spill[j]!
      const b = this.binOf(c, v)
      if (b < 0) {
        spill[rest++] = v
        continue
      }
      this.counts[c * this.bins + b]!++
      this.foldMin(c, v, 1)
      this.foldMax(c, v, 1)
    }
    if (rest > 0) this.spillCell(c, this.spill, 0, 1, rest)
  }

  /**
   * Values of cell c that no bin takes, `k` of them from `values[from]` every `step`: in exact
   * mode every value of the cell in the block, in binned mode those the binning loop spilled.
   * Counts the undefined ones, keeps the others in the overflow list (binned mode) and returns
   * the sum of the finite ones, in draw order.
   */
  private spillCell(c: number, values: Float64Array, from: number, step: number, k: number): number {
    const binned = this.mode === 'binned'
    let sum = 0
    for (let j = 0, i = from; j < k; j++, i += step) {
      const v = values[i]!
      if (v !== v) {
        this.undefinedCounts[c]!++
      } else if (v - v !== 0) {
        this.infinities[c]! += v
        if (binned) this.outside[c]!.push(v)
      } else {
        sum += v
        if (binned) this.outside[c]!.push(v === 0 ? 0 : v)
      }
    }
    return sum
  }

  /**
   * Keeps draws of an incomplete block for its sums; once the block has all its draws, sums them
   * in draw order, as one accumulator fed the whole block would have.
   */
  private addPending(index: number, draws: Float64Array, values: Float64Array): void {
    const block = this.pending.get(index) ?? { count: 0, pieces: [] }
    block.pieces.push({ draws, values })
    block.count += draws.length
    if (block.count < SUM_BLOCK_DRAWS) {
      this.pending.set(index, block)
      return
    }
    this.pending.delete(index)
    const sums = blockSums(block, this.cells)
    for (let c = 0; c < this.cells; c++) if (sums[c] !== 0) addExact(this.partials[c]!, sums[c]!)
  }

  /** Records a draw index, rejecting one already added. */
  private claim(draw: number): void {
    const r = this.drawRanges
    const n = r.length
    // the Monte Carlo loop adds draws in ascending order: extend the last range
    if (n > 0 && r[n - 1] === draw) {
      r[n - 1] = draw + 1
      return
    }
    if (!Number.isInteger(draw) || draw < 0) throw new RangeError(`draw index ${draw} is not an integer ≥ 0`)
    if (n === 0 || draw > r[n - 1]!) r.push(draw, draw + 1)
    else this.drawRanges = unionRanges(r, [draw, draw + 1])
  }

  /** Grows the exact-mode buffer, doubling, to hold at least `draws` rows. */
  private reserveRows(draws: number): void {
    if (draws * this.cells <= this.rows.length) return
    const grown = new Float64Array(Math.max(draws, 2 * this.rowCount, MIN_ROW_CAPACITY) * this.cells)
    grown.set(this.rows.subarray(0, this.rowCount * this.cells))
    this.rows = grown
  }

  /**
   * Exact mode: the values that are not NaN of cells `from` … `from + count − 1`, cell t's from
   * `into[t · rowCount]`, `lengths[t]` of them. One pass over the rows reads each row's few
   * adjacent cells together, where a pass per cell would read a cache line per value.
   */
  private gatherColumns(from: number, count: number, into: Float64Array, lengths: Int32Array): void {
    const rows = this.rows
    const cells = this.cells
    const rowCount = this.rowCount
    lengths.fill(0)
    for (let d = 0; d < rowCount; d++) {
      const row = d * cells + from
      for (let t = 0; t < count; t++) {
        const v = rows[row + t]!
        // not NaN
        if (v === v) into[t * rowCount + lengths[t]!++] = v
      }
    }
  }

  /** Binned mode: type 7 over the overflow values below lo, the bins, and those above hi. */
  private binnedCell(c: number, levels: readonly number[], count: number): { quantiles: (number | null)[]; errorBound: number } {
    if (count === 0) return { quantiles: levels.map(() => null), errorBound: 0 }
    const outside = Float64Array.from(this.outside[c]!).sort()
    const lo = this.lo[c]!
    let below = 0
    while (below < outside.length && outside[below]! < lo) below++
    const inBins = count - outside.length
    const width = (this.hi[c]! - lo) / this.bins
    const min = this.min[c]!
    const max = this.max[c]!
    // in-bin ranks below `atMin` hold the smallest value, those from `atMax` on the largest
    const atMin = this.minCount[c]!
    const atMax = inBins - this.maxCount[c]!
    // the ranks (0-based) type 7 reads at each level, as quantileSorted reads them (so exact
    // ranks give identical bits), and where between them the level falls
    const ranks = levels.map((p) => {
      const [j, k] = typeSevenRanks(count, p)
      return { h: (count - 1) * p, j, k }
    })
    // ranks among the in-bin values that fall inside a bin (not on the smallest or largest value,
    // which are exact), ascending, located in one pass over the cell's bins
    const inside = [...new Set(ranks.flatMap((r) => [r.j - below, r.k - below]))].filter((k) => k >= atMin && k < atMax).sort((a, b) => a - b)
    const found = locateRanks(this.counts, c * this.bins, this.bins, Float64Array.from(inside))
    const errorBound = inside.length > 0 ? Math.min(width, max - min) : 0
    // the value of rank r among the cell's values, exact outside [lo, hi] and at its ends
    const valueAt = (r: number): number => {
      if (r < below) return outside[r]!
      const k = r - below
      if (k >= inBins) return outside[below + k - inBins]!
      if (k < atMin) return min
      if (k >= atMax) return max
      const i = inside.indexOf(k)
      const b = found.bin[i]!
      return Math.min(max, Math.max(min, lo + width * (b + (k - found.before[i]! + 0.5) / this.counts[c * this.bins + b]!)))
    }
    const quantiles = ranks.map(({ h, j, k }) => {
      const vj = valueAt(j)
      const vk = valueAt(k)
      return vj + (h - j) * (vk - vj)
    })
    return { quantiles, errorBound }
  }

  /** Throws unless `other` has this accumulator's mode, sizes and ranges. */
  private checkCompatible(other: QuantileAccumulator): void {
    if (other.mode !== this.mode || other.cells !== this.cells || other.bins !== this.bins) {
      throw new RangeError(`cannot merge a ${other.mode} accumulator of ${other.cells} cells × ${other.bins} bins into a ${this.mode} one of ${this.cells} × ${this.bins}`)
    }
    for (let c = 0; c < this.lo.length; c++) {
      if (!Object.is(this.lo[c], other.lo[c]) || !Object.is(this.hi[c], other.hi[c])) {
        throw new RangeError(`cannot merge accumulators with different ranges for cell ${c}: [${other.lo[c]}, ${other.hi[c]}] vs [${this.lo[c]}, ${this.hi[c]}]; build both from the same pilot`)
      }
    }
  }
}

/** The state both modes share, empty. */
function emptyCommon(cells: number): Pick<State, 'cells' | 'undefinedCounts' | 'partials' | 'infinities' | 'drawRanges' | 'pending'> {
  return {
    cells,
    undefinedCounts: new Uint32Array(cells),
    partials: Array.from({ length: cells }, () => []),
    infinities: new Float64Array(cells),
    drawRanges: [],
    pending: new Map()
  }
}

/** Bins per unit of value; 0 for a cell with an empty range (everything overflows). */
function binScale(bins: number, lo: number, hi: number): number {
  return hi > lo ? bins / (hi - lo) : 0
}

/**
 * Where each of the ascending ranks `ks` (0-based, among the values in the bins) falls: its bin,
 * and how many values the bins before it hold. One pass over the bins, in a function of its own:
 * it runs once per cell, so it must be quick before the optimising compiler has seen it.
 */
function locateRanks(counts: Uint32Array, base: number, bins: number, ks: Float64Array): { bin: Int32Array; before: Float64Array } {
  const bin = new Int32Array(ks.length)
  const before = new Float64Array(ks.length)
  let i = 0
  let n = 0
  for (let b = 0; b < bins && i < ks.length; b++) {
    const next = n + counts[base + b]!
    while (i < ks.length && ks[i]! < next) {
      bin[i] = b
      before[i] = n
      i++
    }
    n = next
  }
  return { bin, before }
}

/**
 * Exact mode: `quantileSorted` of a cell's values (no NaN), with the two ranks it reads at each
 * level put in place by `selectRanks` rather than by sorting them all.
 */
function exactCell(values: Float64Array, levels: readonly number[]): { quantiles: (number | null)[]; errorBound: number } {
  const m = values.length
  if (m === 0) return { quantiles: levels.map(() => null), errorBound: 0 }
  selectRanks(values, levels.flatMap((p) => typeSevenRanks(m, p)))
  return { quantiles: levels.map((p) => quantileSorted(values, p)), errorBound: 0 }
}

/** Throws unless n is a positive integer. */
function checkCount(what: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} ${n} is not a positive integer`)
}

/** Per-cell lists as one Float64 buffer and a Uint32 buffer of lengths. */
function pack(lists: readonly number[][]): [ArrayBuffer, ArrayBuffer] {
  const lengths = Uint32Array.from(lists, (l) => l.length)
  const values = new Float64Array(lengths.reduce((a, b) => a + b, 0))
  let at = 0
  for (const l of lists) {
    values.set(l, at)
    at += l.length
  }
  return [values.buffer, lengths.buffer]
}

/** The inverse of `pack`, checking the sizes. */
function unpack(values: ArrayBuffer, lengths: ArrayBuffer, cells: number, what: string): number[][] {
  const v = new Float64Array(values)
  const n = sized(new Uint32Array(lengths), cells, `${what} lengths`)
  if (n.reduce((a, b) => a + b, 0) !== v.length) throw new RangeError(`${what} holds ${v.length} values, not the ${what} lengths' sum`)
  const out: number[][] = []
  let at = 0
  for (const k of n) {
    out.push(Array.from(v.subarray(at, at + k)))
    at += k
  }
  return out
}

/** Returns the array, or throws when it has not `length` elements. */
function sized<T extends Float64Array | Uint32Array>(a: T, length: number, what: string): T {
  if (a.length !== length) throw new RangeError(`serialised ${what} has ${a.length} elements, expected ${length}`)
  return a
}

/** Whether the values ascend strictly. */
function ascending(a: Float64Array): boolean {
  for (let i = 1; i < a.length; i++) if (!(a[i]! > a[i - 1]!)) return false
  return true
}

/**
 * Per cell, the sum of a block's finite values in draw order (what `flush` sums for a whole block).
 */
function blockSums(block: PendingBlock, cells: number): Float64Array {
  const order: [draw: number, piece: Float64Array, k: number][] = []
  for (const piece of block.pieces) piece.draws.forEach((d, k) => order.push([d, piece.values, k]))
  order.sort((a, b) => a[0] - b[0])
  const sums = new Float64Array(cells)
  for (const [, values, k] of order) {
    for (let c = 0; c < cells; c++) {
      const v = values[k * cells + c]!
      if (v - v === 0) sums[c]! += v
    }
  }
  return sums
}

/** Pending blocks as three buffers: [index, count] pairs, then all draw indices, then all values. */
function packPending(pending: Map<number, PendingBlock>): Pick<SerialisedQuantileAccumulator, 'pendingBlocks' | 'pendingDraws' | 'pendingValues'> {
  const blocks = [...pending.entries()].sort((a, b) => a[0] - b[0])
  const pieces = blocks.flatMap(([, b]) => b.pieces)
  const draws = new Float64Array(pieces.reduce((n, p) => n + p.draws.length, 0))
  const values = new Float64Array(pieces.reduce((n, p) => n + p.values.length, 0))
  let d = 0
  let v = 0
  for (const piece of pieces) {
    draws.set(piece.draws, d)
    values.set(piece.values, v)
    d += piece.draws.length
    v += piece.values.length
  }
  return { pendingBlocks: Float64Array.from(blocks.flatMap(([index, b]) => [index, b.count])).buffer, pendingDraws: draws.buffer, pendingValues: values.buffer }
}

/** The inverse of `packPending`, checking the sizes. */
function unpackPending(data: SerialisedQuantileAccumulator, cells: number): Map<number, PendingBlock> {
  const blocks = new Float64Array(data.pendingBlocks)
  const draws = new Float64Array(data.pendingDraws)
  const values = new Float64Array(data.pendingValues)
  const out = new Map<number, PendingBlock>()
  let at = 0
  for (let i = 0; i + 1 < blocks.length; i += 2) {
    const n = blocks[i + 1]!
    out.set(blocks[i]!, { count: n, pieces: [{ draws: draws.slice(at, at + n), values: values.slice(at * cells, (at + n) * cells) }] })
    at += n
  }
  if (blocks.length % 2 !== 0 || at !== draws.length || at * cells !== values.length) throw new RangeError(`serialised pending blocks hold ${draws.length} draws and ${values.length} values, not what their counts say`)
  return out
}
