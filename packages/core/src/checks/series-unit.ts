import type { Scenario } from '../scenario/types'
import { parseSeriesRef } from '../scenario/series-ref'

/**
 * The unit a series' values are in, as `run`'s `meta` gives it (results.ts `SeriesMeta.unit`):
 * the scenario's money unit (`yiyuan`), `km2`, `count` or `ratio`. A finding's `unit` key, so
 * that a report can write the unit after the finding's numbers.
 *
 * @example seriesUnit(s, "region.gdp") // => "yiyuan"
 */
export function seriesUnit(s: Scenario, ref: string): string {
  const dimension = s.series[parseSeriesRef(ref).series]?.dimension ?? 'ratio'
  return dimension === 'money' ? s.money : dimension === 'area' ? 'km2' : dimension
}
