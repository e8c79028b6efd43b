/**
 * A target compiled for Monte Carlo: the same value as `evaluateTarget` (MODEL.md §5), read
 * straight from the model's reused buffers, so a draw pays a few array reads per target.
 */
import type { ScenarioPaths } from '../plan/scenario-paths'
import type { PriceBasis, Scenario, Target } from '../scenario/types'
import { commonBasis } from '../paths/convert-basis'
import { parseSeriesRef, regionRef } from '../scenario/series-ref'
import { toleratedBounds } from '../targets/tolerance'

/** A compiled target: its value in the current draw (NaN where a value it needs is undefined), and whether that meets the bounds. */
export interface CompiledTarget {
  value(): number
  /** `meetsBounds(value(), target)`, without computing the value where a cheaper test gives the same answer */
  met(): boolean
}

/**
 * One series value a target reads: a buffer the model overwrites each draw (`values`, at index
 * `i`, times `factor` for a change of price basis), or a value fixed for the run (`values` null).
 * One shape for every read, so the engine inlines `read`.
 */
interface Ref {
  values: ArrayLike<number | null> | null
  i: number
  factor: number
  fixed: number
}

/** The value a Ref reads now. */
function read(r: Ref): number {
  if (r.values === null) return r.fixed
  const v = r.values[r.i]
  return v === null || v === undefined ? NaN : v * r.factor
}

/**
 * Compiles a target over `zone` (series name → buffer the model overwrites each draw; the
 * buffers must stay the same objects). Returns null for `expr` targets, which the caller
 * evaluates the general way.
 *
 * `met()` agrees with `meetsBounds(value(), t)` but for a CAGR within a few units in the last
 * place of its bound, where it compares the growth factor with the bound raised to the power n
 * instead of taking the n-th root (the bound already has a tolerance of 1e-9 relative).
 *
 * @example compileTarget({ id: "g", kind: "cagr", series: "gdp", from: 2005, to: 2010, min: 0.2 }, s, paths, zone)!.value() // => 0.21
 */
export function compileTarget(t: Target, s: Scenario, paths: ScenarioPaths, zone: Record<string, ArrayLike<number | null>>): CompiledTarget | null {
  const t0 = paths.years[0]!
  const basisOf = (ref: string): PriceBasis => {
    const r = parseSeriesRef(ref)
    const info = s.series[r.series]
    return !info ? 'none' : r.scope === 'region' ? info.regionPrices : info.prices
  }
  /** value of `ref` in `year`, converted to `to` (its own basis when omitted) */
  const ref = (name: string, year: number, to?: PriceBasis): Ref => {
    const r = parseSeriesRef(name)
    const i = year - t0
    const from = basisOf(name)
    const p = i >= 0 ? (paths.priceIndex[i] ?? NaN) : NaN
    const factor = to === undefined || from === to || from === 'none' || to === 'none' ? 1 : from === 'real' ? p : 1 / p
    if (r.scope === 'region' || i < 0) {
      const v = r.scope === 'region' ? paths.region[r.series]?.[i] : paths.history[r.series]?.[year]
      return { values: null, i: 0, factor: 1, fixed: v === undefined || v === null ? NaN : v * factor }
    }
    return { values: zone[r.series] ?? null, i, factor, fixed: NaN }
  }
  // the bounds with their tolerance, as meetsBounds applies them
  const { lo, hi } = toleratedBounds(t)
  const withBounds = (value: () => number): CompiledTarget => ({
    value,
    met: () => {
      const v = value()
      return v >= lo && v <= hi
    }
  })
  const quotient = (num: string, den: string, year: number): CompiledTarget => {
    const common = commonBasis(basisOf(num), basisOf(den))
    const a = ref(num, year, common)
    const b = ref(den, year, common)
    return withBounds(() => {
      const y = read(b)
      return y === 0 ? NaN : read(a) / y
    })
  }
  switch (t.kind) {
    case 'cagr':
      return cagr(ref(t.series, t.from), ref(t.series, t.to), t.to - t.from, lo, hi)
    case 'growth': {
      const a = ref(t.series, t.year - 1)
      const b = ref(t.series, t.year)
      return withBounds(() => {
        const x = read(a)
        return x === 0 ? NaN : read(b) / x - 1
      })
    }
    case 'level': {
      const a = ref(t.series, t.year)
      return withBounds(() => read(a))
    }
    case 'share':
      return quotient(t.series, regionRef(t.of), t.year)
    case 'ratio':
      return quotient(t.series, t.per, t.year)
    case 'cumulative': {
      const parts: Ref[] = []
      for (let y = t.from; y <= t.to; y++) parts.push(ref(t.series, y))
      return withBounds(() => {
        let sum = 0
        for (const r of parts) sum += read(r)
        return sum
      })
    }
    case 'expr':
      return null
  }
}

/**
 * A CAGR over `years` from `a` to `b`: the value `(b/a)^(1/years) − 1` (for a > 0, b ≥ 0), and
 * the test `lo ≤ value ≤ hi` as `(1+lo)^years ≤ b/a ≤ (1+hi)^years`, with no root per draw.
 */
function cagr(a: Ref, b: Ref, years: number, lo: number, hi: number): CompiledTarget {
  const k = 1 / years
  // every growth factor ≥ 0 meets a lower bound of −100% or less; none meets an upper one below it
  const least = 1 + lo > 0 ? Math.pow(1 + lo, years) : 0
  const most = 1 + hi >= 0 ? Math.pow(1 + hi, years) : -1
  return {
    value: () => {
      const x = read(a)
      const y = read(b)
      return x > 0 && y >= 0 ? Math.pow(y / x, k) - 1 : NaN
    },
    met: () => {
      const x = read(a)
      const y = read(b)
      if (!(x > 0 && y >= 0)) return false
      const ratio = y / x
      // the value is finite exactly when the ratio is
      return ratio >= least && ratio <= most && ratio <= Number.MAX_VALUE
    }
  }
}
