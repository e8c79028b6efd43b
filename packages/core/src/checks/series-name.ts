import type { Label, Scenario } from '../scenario/types'
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

/**
 * A series' own label in both languages (a region series has its zone series' label), for a
 * finding's `series_label` keys: a report in another language names the series from it.
 *
 * @example seriesLabel(s, "region.gdp") // => { en: "GDP", zh: "生產總值" }
 */
export function seriesLabel(s: Scenario, ref: string): Label {
  return s.series[parseSeriesRef(ref).series]?.label ?? {}
}
