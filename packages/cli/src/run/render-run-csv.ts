import type { RunResult } from '@zonecast/core'
import { formatCsv } from '../format/format-csv'
import { runRows } from './run-rows'

/**
 * A run result as wide CSV for spreadsheets and scripts: header `path,series,unit,prices,<years>`,
 * one row per path and series by name (`gdp`, not its label), values at full precision in the
 * result's units (fractions as fractions), empty cells where undefined.
 *
 * @example renderRunCsv(result) // => "path,series,unit,prices,2005,2006\nplan,gdp,yiyuan,real,1000,1210\n..."
 */
export function renderRunCsv(result: RunResult): string {
  const header = ['path', 'series', 'unit', 'prices', ...result.years.map(String)]
  // labels are for people; the series column keeps the stable names scripts join on
  const rows = runRows(result, 'en').map((row) => [row.path, row.series, row.unit, row.prices, ...row.values])
  return formatCsv([header, ...rows])
}
