/**
 * A target compiled for Monte Carlo: the same value as `evaluateTarget` (MODEL.md §5), read
 * straight from the model's reused buffers, so a draw pays a few array reads per target.
 */
import type { ScenarioPaths } from '../plan/scenario-paths'
import type { PriceBasis, Scenario, Target } from '../scenario/types'
import { commonBasis } from '../paths/convert-basis'
import { parseSeriesRef, regionRef } from '../scenario/series-ref'

/** Reads a target's value for the current draw; NaN where a value it needs is undefined. */
export type CompiledTarget = () => number

/**
 * Compiles a target over `zone` (series name → buffer the model overwrites each draw; the
 * buffers must stay the same objects). Returns null for `expr` targets, which the caller
 * evaluates the general way.
 *
 * @example compileTarget({ id: "g", kind: "cagr", series: "gdp", from: 2005, to: 2010, min: 0.2 }, s, paths, zone)() // => 0.21
 */
export function compileTarget(t: Target, s: Scenario, paths: ScenarioPaths, zone: Record<string, ArrayLike<number | null>>): CompiledTarget | null {
  const t0 = paths.years[0]!
  const basisOf = (ref: string): PriceBasis => {
    const r = parseSeriesRef(ref)
    const info = s.series[r.series]
    return !info ? 'none' : r.scope === 'region' ? info.regionPrices : info.prices
  }
  /** value of `ref` in `year`, converted to `to` (its own basis when omitted) */
  const reader = (ref: string, year: number, to?: PriceBasis): (() => number) => {
    const r = parseSeriesRef(ref)
    const i = year - t0
    const from = basisOf(ref)
    const p = i >= 0 ? (paths.priceIndex[i] ?? NaN) : NaN
    const factor = to === undefined || from === to || from === 'none' || to === 'none' ? 1 : from === 'real' ? p : 1 / p
    if (r.scope === 'region' || i < 0) {
      const v = r.scope === 'region' ? paths.region[r.series]?.[i] : paths.history[r.series]?.[year]
      const fixed = v === undefined || v === null ? NaN : v * factor
      return () => fixed
    }
    const arr = zone[r.series]
    if (!arr) return () => NaN
    return () => {
      const v = arr[i]
      return v === null || v === undefined ? NaN : v * factor
    }
  }
  const quotient = (num: string, den: string, year: number): CompiledTarget => {
    const common = commonBasis(basisOf(num), basisOf(den))
    const a = reader(num, year, common)
    const b = reader(den, year, common)
    return () => {
      const y = b()
      return y === 0 ? NaN : a() / y
    }
  }
  switch (t.kind) {
    case 'cagr': {
      const a = reader(t.series, t.from)
      const b = reader(t.series, t.to)
      const k = 1 / (t.to - t.from)
      return () => {
        const x = a()
        const y = b()
        return x > 0 && y >= 0 ? Math.pow(y / x, k) - 1 : NaN
      }
    }
    case 'growth': {
      const a = reader(t.series, t.year - 1)
      const b = reader(t.series, t.year)
      return () => {
        const x = a()
        return x === 0 ? NaN : b() / x - 1
      }
    }
    case 'level':
      return reader(t.series, t.year)
    case 'share':
      return quotient(t.series, regionRef(t.of), t.year)
    case 'ratio':
      return quotient(t.series, t.per, t.year)
    case 'cumulative': {
      const parts: (() => number)[] = []
      for (let y = t.from; y <= t.to; y++) parts.push(reader(t.series, y))
      return () => {
        let sum = 0
        for (const f of parts) sum += f()
        return sum
      }
    }
    case 'expr':
      return null
  }
}
