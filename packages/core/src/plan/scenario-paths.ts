/**
 * Every path of a scenario that needs no model: the plan path of each series, the region's
 * paths, observed history and the price index. Targets and plan checks read values from here.
 */
import { convertBasis } from '../paths/convert-basis'
import { evalLevelPath } from '../paths/eval-level-path'
import { priceIndex } from '../paths/price-index'
import type { PriceBasis, Scenario } from '../scenario/types'
import { parseSeriesRef } from '../scenario/series-ref'
import { planSeriesPath } from './plan-series-path'

export type Values = (number | null)[]

export interface ScenarioPaths {
  /** t0 … T */
  years: number[]
  /** p(t) of P0, aligned with years */
  priceIndex: number[]
  /** zone series on the plan path, each in its own basis */
  plan: Record<string, Values>
  region: Record<string, Values>
  /** observed values before and at t0 */
  history: Record<string, Record<number, number>>
}

/**
 * Computes the plan and region paths of a realised scenario.
 */
export function scenarioPaths(s: Scenario): ScenarioPaths {
  const years: number[] = []
  for (let t = s.years.base; t <= s.years.end; t++) years.push(t)
  const plan: Record<string, Values> = {}
  const names = new Set([...Object.keys(s.base), ...Object.keys(s.plan)])
  for (const name of names) {
    const p = s.plan[name]
    const base = s.base[name]
    plan[name] = p ? planSeriesPath(p, years, base) : years.map(() => base ?? null)
  }
  const region: Record<string, Values> = {}
  for (const [name, path] of Object.entries(s.region)) region[name] = evalLevelPath(path, years)
  const history: Record<string, Record<number, number>> = {}
  for (const [name, h] of Object.entries(s.history)) history[name] = { ...h }
  for (const [name, v] of Object.entries(s.base)) (history[name] ??= {})[s.years.base] = v
  return { years, priceIndex: priceIndex(s.inflation, years), plan, region, history }
}

/** A reader of values by series reference and year, on one path, in a chosen basis. */
export interface PathReader {
  /** value in the series' own basis; null where the path gives none */
  at(ref: string, year: number): number | null
  /** value converted to `basis` */
  in(ref: string, year: number, basis: PriceBasis): number | null
  basis(ref: string): PriceBasis
  /** p(t), or null outside the scenario's years */
  p(year: number): number | null
}

/**
 * Reads values from the zone series `zone` (plan or, later, model path) and the region, falling
 * back to history for years before t0.
 */
export function pathReader(s: Scenario, paths: ScenarioPaths, zone: Record<string, ArrayLike<number | null>>): PathReader {
  const t0 = paths.years[0]!
  const basis = (ref: string): PriceBasis => {
    const r = parseSeriesRef(ref)
    const info = s.series[r.series]
    if (!info) return 'none'
    return r.scope === 'region' ? info.regionPrices : info.prices
  }
  const at = (ref: string, year: number): number | null => {
    const r = parseSeriesRef(ref)
    const i = year - t0
    const v = r.scope === 'region' ? paths.region[r.series]?.[i] : i >= 0 ? zone[r.series]?.[i] : paths.history[r.series]?.[year]
    // model series are Float64Arrays in Monte Carlo runs, with NaN where undefined
    return v === undefined || v === null || Number.isNaN(v) ? null : v
  }
  const p = (year: number) => (year < t0 ? null : (paths.priceIndex[year - t0] ?? null))
  return {
    at,
    basis,
    p,
    in(ref, year, to) {
      const v = at(ref, year)
      if (v === null) return null
      const from = basis(ref)
      if (from === to || from === 'none' || to === 'none') return v
      const py = p(year)
      return py === null ? null : convertBasis(v, from, to, py)
    }
  }
}
