import type { ObservedSeries } from '../history/observed-series'
import type { HistoryOutlier } from './find-outliers'

/**
 * The series the statistics and forecasts use: replaced values (spikes) swapped for their
 * expected values, dropped values at either end cut off; kept values stay as observed. O(n).
 *
 * @example cleanSeries(s, [{ year: 2003, expected: 133.1, treatment: "replaced" }]).values[3] // => 133.1
 */
export function cleanSeries(s: ObservedSeries, outliers: readonly Pick<HistoryOutlier, 'year' | 'expected' | 'treatment'>[]): ObservedSeries {
  const values = s.values.slice()
  const drop = new Set<number>()
  for (const o of outliers) {
    const i = o.year - s.years[0]!
    if (o.treatment === 'replaced') values[i] = o.expected
    else if (o.treatment === 'dropped') drop.add(i)
  }
  let from = 0
  let to = values.length
  while (drop.has(from)) from++
  while (to > from && drop.has(to - 1)) to--
  return { name: s.name, years: s.years.slice(from, to), values: values.slice(from, to) }
}
