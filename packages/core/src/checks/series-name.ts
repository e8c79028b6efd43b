import type { Scenario } from '../scenario/types'
import { parseSeriesRef } from '../scenario/series-ref'

/**
 * A series' English label for messages, with its key: `Industrial value added (industrial_va)`.
 *
 * @example seriesName(s, "region.gdp") // => "the region's GDP (region.gdp)"
 */
export function seriesName(s: Scenario, ref: string): string {
  const r = parseSeriesRef(ref)
  const label = s.series[r.series]?.label.en ?? r.series
  return r.scope === 'region' ? `the region's ${label} (${ref})` : `${label} (${ref})`
}
