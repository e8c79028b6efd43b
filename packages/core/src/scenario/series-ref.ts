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

/**
 * A region series named with or without its prefix, as a share's `of` may be written.
 *
 * @example regionRef("gdp") // => "region.gdp"
 * @example regionRef("region.gdp") // => "region.gdp"
 */
export function regionRef(ref: string): string {
  return ref.startsWith('region.') ? ref : `region.${ref}`
}
