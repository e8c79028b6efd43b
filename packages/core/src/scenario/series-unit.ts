import type { Dimension, Scenario } from './types'
import { parseSeriesRef } from './series-ref'

/**
 * The unit of values of a dimension: the scenario's money unit (`yiyuan`), `km2`, or the
 * dimension itself (`count`, `ratio`).
 *
 * @example dimensionUnit('area', 'yiyuan') // => "km2"
 */
export function dimensionUnit(dimension: Dimension, money: string): string {
  return dimension === 'money' ? money : dimension === 'area' ? 'km2' : dimension
}

/**
 * The unit a series' values are in, as `run`'s `meta` gives it (results.ts `SeriesMeta.unit`):
 * the scenario's money unit (`yiyuan`), `km2`, `count` or `ratio`. A finding's `unit` key, so
 * that a report can write the unit after the finding's numbers.
 *
 * @example seriesUnit(s, "region.gdp") // => "yiyuan"
 */
export function seriesUnit(s: Scenario, ref: string): string {
  return dimensionUnit(s.series[parseSeriesRef(ref).series]?.dimension ?? 'ratio', s.money)
}
