/**
 * A series as targets and expressions name it: `gdp` (the zone) or `region.gdp` (the region).
 */
export interface SeriesRef {
  scope: 'zone' | 'region'
  series: string
}

/**
 * Splits a series reference.
 *
 * @example parseSeriesRef("region.gdp") // => { scope: "region", series: "gdp" }
 * @example parseSeriesRef("gdp") // => { scope: "zone", series: "gdp" }
 */
export function parseSeriesRef(ref: string): SeriesRef {
  return ref.startsWith('region.') ? { scope: 'region', series: ref.slice('region.'.length) } : { scope: 'zone', series: ref }
}
