import { median } from 'simple-statistics'
import type { ObservedSeries } from '../history/observed-series'
import { valueAt } from '../history/observed-series'

/**
 * Fewest regions whose median growth stands for the year's common growth: with fewer, one
 * region's slip would move the median.
 */
export const MIN_PANEL_REGIONS = 5

/**
 * The log growth common to a panel of regions into each year: the median across regions of
 * `ln(y(t)/y(t−1))`. Taking it out before looking for outliers keeps a year every region shares
 * (2009's slump) from reading as a slip in each. Years covered by fewer than five regions get
 * none. O(regions · years · log regions).
 *
 * @param series one series per region, same name and unit
 * @returns log growth by year (the later year of each pair); empty with fewer than five regions
 * @example commonGrowth(fiveRegions).get(2009) // => the median log growth 2008→2009
 */
export function commonGrowth(series: readonly ObservedSeries[]): Map<number, number> {
  const byYear = new Map<number, number[]>()
  for (const s of series) {
    for (let i = 1; i < s.years.length; i++) {
      const year = s.years[i]!
      const list = byYear.get(year) ?? []
      list.push(Math.log(s.values[i]! / valueAt(s, year - 1)!))
      byYear.set(year, list)
    }
  }
  const out = new Map<number, number>()
  for (const [year, growth] of [...byYear].sort((a, b) => a[0] - b[0])) if (growth.length >= MIN_PANEL_REGIONS) out.set(year, median(growth))
  return out
}
