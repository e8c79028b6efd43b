import type { CsvRow } from './csv-rows'
import { csvIssue } from './csv-issue'
import type { HistoryRegion, LocatedSeries } from './history-table'
import { levelRangeIssue } from './level-range-issue'
import { parseNumberCell, parseYearCell } from './parse-number-cell'
import { RESERVED_KEYS } from '../util/reserved-keys'

/** Columns of a long file, by header name (case-insensitive). */
export interface LongColumns {
  year: number
  value: number
  series?: number
  region?: number
}

/** One cell's value and where it is, while a series is gathered. */
interface Point {
  year: number
  value: number
  row: CsvRow
}

/**
 * Reads a long history file: one record per observation, with columns `year`, `value`, and
 * optionally `series` (default: the `series` argument) and `region`; other columns are
 * ignored. Each (region, series) must cover consecutive years once each. O(rows).
 *
 * @param rows the file's non-blank rows, header first
 * @param columns where the named columns are
 * @param file the file's name, for messages
 * @param series the series name when there is no series column
 * @throws InputError at the cell: more cells than the header, a missing or malformed year, text where a number belongs, a value not above 0 or out of range, a reserved series name, a year given twice or skipped
 * @example parseLongCsv(readCsvRows("year,series,value\n2004,gdp,1\n2005,gdp,2\n"), { year: 0, series: 1, value: 2 }, "x.csv", "gdp")[0]?.series.gdp?.years // => [2004, 2005]
 */
export function parseLongCsv(rows: readonly CsvRow[], columns: LongColumns, file: string, series: string): HistoryRegion[] {
  const header = rows[0]!
  const byRegion = new Map<string, Map<string, Point[]>>()
  for (const row of rows.slice(1)) {
    if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((c) => c.trim() !== '')) throw csvIssue(file, row, header.cells.length, `the row has ${row.cells.length} cells but the header ${header.cells.length}`, 'remove the extra cells, or quote a value that holds a comma ("1,057.5")')
    const cell = (j: number | undefined) => (j === undefined ? '' : (row.cells[j] ?? '').trim())
    const yearText = cell(columns.year)
    if (yearText === '') throw csvIssue(file, row, columns.year, 'the year is missing', 'every row needs its year, e.g. 2004')
    const year = parseYearCell(yearText)
    if (year === undefined) throw csvIssue(file, row, columns.year, `column "${header.cells[columns.year]!.trim()}": "${yearText}" is not a year`, 'write the year with four digits, e.g. 2004')
    const valueText = cell(columns.value)
    const value = parseNumberCell(valueText)
    if (value === undefined) throw csvIssue(file, row, columns.value, valueText === '' ? 'the value is missing' : `column "${header.cells[columns.value]!.trim()}": "${valueText}" is not a number`, valueText === '' ? 'give the value, or drop the row' : 'write the value with digits and a decimal point, e.g. 1057.5')
    const range = levelRangeIssue(value)
    if (range !== undefined) throw csvIssue(file, row, columns.value, `column "${header.cells[columns.value]!.trim()}": ${range}`, 'growth statistics need positive levels in the scenario\'s number range; check the exponent and the unit')
    const name = columns.series === undefined ? series : cell(columns.series).toLowerCase()
    if (name === '') throw csvIssue(file, row, columns.series!, 'the series is missing', 'name the series, e.g. gdp')
    if (RESERVED_KEYS.has(name)) throw csvIssue(file, row, columns.series!, `"${name}" cannot be a series name: the name is reserved in JavaScript`, 'rename the series, e.g. gdp')
    const region = cell(columns.region)
    const regionMap = byRegion.get(region) ?? new Map<string, Point[]>()
    byRegion.set(region, regionMap)
    const points = regionMap.get(name) ?? []
    regionMap.set(name, points)
    const twice = points.find((p) => p.year === year)
    if (twice) throw csvIssue(file, row, columns.year, `${name}${region ? ` of ${region}` : ''} has ${year} twice (also line ${twice.row.line})`, 'keep one row per year')
    points.push({ year, value, row })
  }
  return [...byRegion].map(([region, seriesMap]) => ({
    name: region === '' ? '(all rows)' : region,
    labels: region === '' ? [] : [region],
    series: Object.fromEntries([...seriesMap].map(([name, points]) => [name, gather(name, region, points, columns, file)]))
  }))
}

// a series' points in year order, refusing a skipped year
function gather(name: string, region: string, points: Point[], columns: LongColumns, file: string): LocatedSeries {
  const sorted = points.slice().sort((a, b) => a.year - b.year)
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!
    const p = sorted[i]!
    if (p.year !== prev.year + 1) throw csvIssue(file, p.row, columns.year, `${name}${region ? ` of ${region}` : ''} has no ${prev.year + 1}: it jumps from ${prev.year} (line ${prev.row.line}) to ${p.year}`, `add the ${prev.year + 1} row (a gap would bias growth statistics)`)
  }
  const last = points[points.length - 1]!.row
  return { name, years: sorted.map((p) => p.year), values: sorted.map((p) => p.value), line: last.line, col: last.cols[0] ?? 1 }
}
