/**
 * Targets compiled for Monte Carlo: the same values as `evaluateTarget` (MODEL.md §5), read
 * straight from the model's reused buffers. All targets of a run are one table of numbers read
 * by one function, so a draw pays a few array reads per target and no call through a closure
 * per target (which the engine cannot inline once the targets are of several kinds).
 */
import type { ScenarioPaths } from '../plan/scenario-paths'
import type { PriceBasis, Scenario, Target } from '../scenario/types'
import { commonBasis } from '../paths/convert-basis'
import { parseSeriesRef, regionRef } from '../scenario/series-ref'
import { toleratedBounds } from '../targets/tolerance'

/** How a compiled target turns the values it reads into its value. */
const Op = { Cagr: 0, Growth: 1, Level: 2, Quotient: 3, Sum: 4, Uncompiled: 5 } as const
type Op = (typeof Op)[keyof typeof Op]

/** The targets of a run, compiled; target k as in the list compiled. */
export interface CompiledTargets {
  /** whether target k was compiled (false for `expr` targets, which the caller evaluates the general way) */
  compiled(k: number): boolean
  /** whether target k reads only values fixed for the run (the plan's, the region's), so that its value never changes */
  fixed(k: number): boolean
  /** target k's value in the current draw (NaN where a value it needs is undefined, or not compiled) */
  value(k: number): number
  /** `meetsBounds(value(k), target)`, without computing the value where a cheaper test gives the same answer */
  met(k: number): boolean
  /** for each target k in `which`, writes `met(k)` as 1 or 0 to `into[at + k]`: one call a draw instead of one a target */
  metInto(into: Uint8Array, at: number, which: Int32Array): void
  /**
   * For each target k in `which`, adds to `hits[k]` how many of `count` draws meet it, the draws'
   * values read from `rows` (draw after draw, `cells` values each, from offset 0) where
   * `compileTargets`' `cellOf` placed them: the same test as `met`, target by target over a
   * block of draws instead of draw by draw. Only when `rowsReadable`.
   */
  countInRows(rows: Float64Array, count: number, cells: number, which: Int32Array, hits: number[]): void
  /** whether `cellOf` placed every value the targets read in a draw's row (see `countInRows`) */
  readonly rowsReadable: boolean
}

/**
 * Compiles `targets` over `zone` (series name → values). A Float64Array in `zone` is read at
 * every call, so it must be a buffer the model overwrites in place; any other array is read once,
 * here, as values fixed for the run (the plan's, say).
 *
 * `cellOf`, when given, says where a buffer's value at year index i sits in a draw's row of
 * values (a negative number where it has none), for `countInRows`.
 *
 * `met(k)` agrees with `meetsBounds(value(k), t)` but for a CAGR within a few units in the last
 * place of its bound, where it compares the growth factor with the bound raised to the power n
 * instead of taking the n-th root (the bound already has a tolerance of 1e-9 relative).
 *
 * @example compileTargets([{ id: "g", kind: "cagr", series: "gdp", from: 2005, to: 2010, min: 0.2 }], s, paths, zone).value(0) // => 0.21
 */
export function compileTargets(
  targets: readonly Target[],
  s: Scenario,
  paths: ScenarioPaths,
  zone: Record<string, ArrayLike<number | null>>,
  cellOf?: (values: Float64Array, i: number) => number
): CompiledTargets {
  const t0 = paths.years[0]!
  const buffers: Float64Array[] = []
  // per read: the buffer (index in `buffers`, −1 for a fixed value), the year index, the price factor, the fixed value
  const refBuffer: number[] = []
  const refIndex: number[] = []
  const refFactor: number[] = []
  const refFixed: number[] = []
  const basisOf = (ref: string): PriceBasis => {
    const r = parseSeriesRef(ref)
    const info = s.series[r.series]
    return !info ? 'none' : r.scope === 'region' ? info.regionPrices : info.prices
  }
  const fixed = (v: number | null | undefined, factor: number): void => {
    refBuffer.push(-1)
    refIndex.push(0)
    refFactor.push(1)
    refFixed.push(v === undefined || v === null ? NaN : v * factor)
  }
  /** adds a read of `name` in `year`, converted to `to` (its own basis when omitted) */
  const ref = (name: string, year: number, to?: PriceBasis): void => {
    const r = parseSeriesRef(name)
    const i = year - t0
    const from = basisOf(name)
    const p = i >= 0 ? (paths.priceIndex[i] ?? NaN) : NaN
    const factor = to === undefined || from === to || from === 'none' || to === 'none' ? 1 : from === 'real' ? p : 1 / p
    if (r.scope === 'region' || i < 0) return fixed(r.scope === 'region' ? paths.region[r.series]?.[i] : paths.history[r.series]?.[year], factor)
    const values = zone[r.series]
    if (!(values instanceof Float64Array)) return fixed(values?.[i], factor)
    if (i >= values.length) return fixed(NaN, 1)
    let b = buffers.indexOf(values)
    if (b < 0) b = buffers.push(values) - 1
    refBuffer.push(b)
    refIndex.push(i)
    refFactor.push(factor)
    refFixed.push(NaN)
  }
  const ops: Op[] = []
  const firstRef: number[] = []
  const refCount: number[] = []
  const lo: number[] = []
  const hi: number[] = []
  // CAGR: 1/n, and the growth factor's bounds (1 + lo)ⁿ and (1 + hi)ⁿ
  const power: number[] = []
  const least: number[] = []
  const most: number[] = []
  for (const t of targets) {
    const start = refBuffer.length
    const bounds = toleratedBounds(t)
    let op: Op
    switch (t.kind) {
      case 'cagr': {
        op = Op.Cagr
        ref(t.series, t.from)
        ref(t.series, t.to)
        const years = t.to - t.from
        power.push(1 / years)
        // every growth factor ≥ 0 meets a lower bound of −100% or less; none meets an upper one below it
        least.push(1 + bounds.lo > 0 ? Math.pow(1 + bounds.lo, years) : 0)
        most.push(1 + bounds.hi >= 0 ? Math.pow(1 + bounds.hi, years) : -1)
        break
      }
      case 'growth':
        op = Op.Growth
        ref(t.series, t.year - 1)
        ref(t.series, t.year)
        break
      case 'level':
        op = Op.Level
        ref(t.series, t.year)
        break
      case 'share':
      case 'ratio': {
        op = Op.Quotient
        const den = t.kind === 'share' ? regionRef(t.of) : t.per
        const common = commonBasis(basisOf(t.series), basisOf(den))
        ref(t.series, t.year, common)
        ref(den, t.year, common)
        break
      }
      case 'cumulative':
        op = Op.Sum
        for (let y = t.from; y <= t.to; y++) ref(t.series, y)
        break
      case 'expr':
        op = Op.Uncompiled
        break
    }
    if (op !== Op.Cagr) {
      power.push(NaN)
      least.push(NaN)
      most.push(NaN)
    }
    ops.push(op)
    firstRef.push(start)
    refCount.push(refBuffer.length - start)
    lo.push(bounds.lo)
    hi.push(bounds.hi)
  }
  // where each read's value sits in a draw's row, −1 for a fixed value
  // (−2 where a value read from a buffer has no place in the row: countInRows cannot be used)
  const refCell = refBuffer.map((b, j) => {
    if (b < 0) return -1
    const cell = cellOf ? cellOf(buffers[b]!, refIndex[j]!) : -1
    return cell >= 0 ? cell : -2
  })
  const table: Table = {
    buffers,
    refCell: Int32Array.from(refCell),
    refBuffer: Int32Array.from(refBuffer),
    refIndex: Int32Array.from(refIndex),
    refFactor: Float64Array.from(refFactor),
    refFixed: Float64Array.from(refFixed),
    ops: Uint8Array.from(ops),
    firstRef: Int32Array.from(firstRef),
    refCount: Int32Array.from(refCount),
    power: Float64Array.from(power),
    least: Float64Array.from(least),
    most: Float64Array.from(most),
    lo: Float64Array.from(lo),
    hi: Float64Array.from(hi),
    loaded: new Float64Array(Math.max(1, ...refCount)),
    result: new Float64Array(1)
  }
  return {
    compiled: (k) => table.ops[k] !== Op.Uncompiled,
    fixed: (k) => {
      if (table.ops[k] === Op.Uncompiled) return false
      for (let j = table.firstRef[k]!, end = j + table.refCount[k]!; j < end; j++) if (table.refBuffer[j]! >= 0) return false
      return true
    },
    value: (k) => valueOf(table, k),
    met: (k) => metOf(table, k),
    metInto: (into, at, which) => {
      for (let i = 0; i < which.length; i++) {
        const k = which[i]!
        into[at + k] = metOf(table, k) ? 1 : 0
      }
    },
    countInRows: (rows, count, cells, which, hits) => {
      for (let i = 0; i < which.length; i++) {
        const k = which[i]!
        hits[k]! += countMet(table, k, rows, count, cells)
      }
    },
    rowsReadable: refCell.every((c) => c !== -2)
  }
}

/** The compiled targets as numbers (see `compileTargets`). */
interface Table {
  buffers: Float64Array[]
  refCell: Int32Array
  refBuffer: Int32Array
  refIndex: Int32Array
  refFactor: Float64Array
  refFixed: Float64Array
  ops: Uint8Array
  firstRef: Int32Array
  refCount: Int32Array
  power: Float64Array
  least: Float64Array
  most: Float64Array
  lo: Float64Array
  hi: Float64Array
  /** scratch: the values the target being evaluated reads, and its result */
  loaded: Float64Array
  result: Float64Array
}

/**
 * Works out target k in the current draw into `t.result[0]`: its value, or for a CAGR when
 * `value` is false its growth factor (b/a, NaN unless a > 0 and b ≥ 0), which `met` tests without
 * a root. Results go through typed arrays, not return values: a double returned from a call the
 * engine does not inline is boxed on the heap, and this runs for every target of every draw
 * (`Number.NaN` rather than `NaN` for the same reason: see indicatorsWriter).
 */
function evaluate(t: Table, k: number, value: boolean): void {
  const loaded = t.loaded
  for (let r = 0, j = t.firstRef[k]!, end = j + t.refCount[k]!; j < end; r++, j++) {
    const b = t.refBuffer[j]!
    loaded[r] = b < 0 ? t.refFixed[j]! : t.buffers[b]![t.refIndex[j]!]! * t.refFactor[j]!
  }
  combine(t, k, value)
}

/** `evaluate`'s second half: target k's result from the values in `t.loaded`. */
function combine(t: Table, k: number, value: boolean): void {
  const loaded = t.loaded
  const out = t.result
  switch (t.ops[k]) {
    case Op.Cagr: {
      const x = loaded[0]!
      const y = loaded[1]!
      const ratio = x > 0 && y >= 0 ? y / x : Number.NaN
      out[0] = value ? Math.pow(ratio, t.power[k]!) - 1 : ratio
      return
    }
    case Op.Growth: {
      const x = loaded[0]!
      out[0] = x === 0 ? Number.NaN : loaded[1]! / x - 1
      return
    }
    case Op.Level:
      out[0] = loaded[0]!
      return
    case Op.Quotient: {
      const y = loaded[1]!
      out[0] = y === 0 ? Number.NaN : loaded[0]! / y
      return
    }
    case Op.Sum: {
      let sum = 0
      for (let r = 0, n = t.refCount[k]!; r < n; r++) sum += loaded[r]!
      out[0] = sum
      return
    }
    default:
      out[0] = Number.NaN
  }
}

/** Target k's value in the current draw. */
function valueOf(t: Table, k: number): number {
  evaluate(t, k, true)
  return t.result[0]!
}

/** Whether target k's bounds are met in the current draw. */
function metOf(t: Table, k: number): boolean {
  evaluate(t, k, false)
  const v = t.result[0]!
  // a CAGR's growth factor against the bounds' factors; the value is finite exactly when the factor is
  if (t.ops[k] === Op.Cagr) return v >= t.least[k]! && v <= t.most[k]! && v <= Number.MAX_VALUE
  return v >= t.lo[k]! && v <= t.hi[k]!
}

/**
 * How many of `count` draws' rows meet target k (see `countInRows`): `metOf`'s test, draw after
 * draw, with the target's reads taken from the rows. Its own loop per target, so that the loop
 * body is one target's few reads and comparisons.
 */
function countMet(t: Table, k: number, rows: Float64Array, count: number, cells: number): number {
  const loaded = t.loaded
  const out = t.result
  const first = t.firstRef[k]!
  const refs = t.refCount[k]!
  const cagr = t.ops[k] === Op.Cagr
  const lo = cagr ? t.least[k]! : t.lo[k]!
  const hi = cagr ? t.most[k]! : t.hi[k]!
  let met = 0
  for (let r = 0, at = 0; r < count; r++, at += cells) {
    for (let q = 0, j = first; q < refs; q++, j++) {
      const c = t.refCell[j]!
      loaded[q] = c < 0 ? t.refFixed[j]! : rows[at + c]! * t.refFactor[j]!
    }
    combine(t, k, false)
    const v = out[0]!
    if (v >= lo && v <= hi && (!cagr || v <= Number.MAX_VALUE)) met++
  }
  return met
}
