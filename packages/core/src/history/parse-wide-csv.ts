import type { CsvRow } from './csv-rows'
import { csvIssue } from './csv-issue'
import type { HistoryRegion } from './history-table'
import { levelRangeIssue } from './level-range-issue'
import { parseNumberCell, parseYearCell } from './parse-number-cell'

/**
 * Reads a wide history file: a header of label columns (`code`, `Provinces`…) and one column per
 * consecutive year; then one row per region. A region's values may start late or stop early
 * (blank cells at either end), but not skip a year in between. O(cells).
 *
 * @param rows the file's non-blank rows, header first
 * @param file the file's name, for messages
 * @param series the name the values are (e.g. `gdp`)
 * @throws InputError at the cell: a year column missing or repeated, text where a number belongs, a value not above 0, a gap, a region named twice
 * @example parseWideCsv(readCsvRows("name,2004,2005\nJilin,1,2\n"), "x.csv", "gdp")[0]?.series.gdp?.values // => [1, 2]
 */
export function parseWideCsv(rows: readonly CsvRow[], file: string, series: string): HistoryRegion[] {
  const header = rows[0]!
  const yearAt = header.cells.map(parseYearCell)
  const yearCols = yearAt.flatMap((y, j) => (y === undefined ? [] : [j]))
  for (let k = 1; k < yearCols.length; k++) {
    const prev = yearAt[yearCols[k - 1]!]!
    const year = yearAt[yearCols[k]!]!
    if (year === prev) throw csvIssue(file, header, yearCols[k]!, `year ${year} is a column twice`, 'give each year one column')
    if (year !== prev + 1) throw csvIssue(file, header, yearCols[k]!, year > prev ? `year ${prev + 1} is missing: the columns jump from ${prev} to ${year}` : `year ${year} comes after ${prev}`, year > prev ? `add a ${prev + 1} column (blank cells are fine where a region has no value)` : 'put the year columns in order')
  }
  const first = yearAt[yearCols[0]!]!
  const labelCols = header.cells.flatMap((_, j) => (yearAt[j] === undefined ? [j] : []))
  const regions: HistoryRegion[] = []
  const seen = new Map<string, number>()
  for (const row of rows.slice(1)) {
    if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((c) => c.trim() !== '')) throw csvIssue(file, row, header.cells.length, `the row has ${row.cells.length} cells but the header ${header.cells.length}`, 'remove the extra cells or add their column to the header')
    const labels = labelCols.map((j) => (row.cells[j] ?? '').trim())
    const name = labels.find((l) => l !== '' && !/^\d+$/.test(l)) ?? labels.find((l) => l !== '') ?? `row ${row.line}`
    const again = seen.get(name)
    if (again !== undefined) throw csvIssue(file, row, labelCols[0] ?? 0, `region "${name}" is a row twice (also line ${again})`, 'merge the two rows')
    seen.set(name, row.line)
    const values: (number | undefined)[] = yearCols.map((j) => {
      const cell = row.cells[j] ?? ''
      if (cell.trim() === '') return undefined
      const v = parseNumberCell(cell)
      if (v === undefined) throw csvIssue(file, row, j, `column "${header.cells[j]!.trim()}" of ${name}: "${cell.trim()}" is not a number`, 'write the value with digits and a decimal point, e.g. 1057.5')
      const range = levelRangeIssue(v)
      if (range !== undefined) throw csvIssue(file, row, j, `column "${header.cells[j]!.trim()}" of ${name}: ${range}`, 'growth statistics need positive levels in the scenario\'s number range; leave the cell blank when there is no value')
      return v
    })
    const from = values.findIndex((v) => v !== undefined)
    if (from < 0) continue
    let to = values.length - 1
    while (values[to] === undefined) to--
    const gap = values.slice(from, to + 1).findIndex((v) => v === undefined)
    if (gap >= 0) throw csvIssue(file, row, yearCols[from + gap]!, `${name} has no value for ${first + from + gap}, between ${first + from + gap - 1} and a later year`, 'fill in the year (a gap would bias growth statistics), or cut the series there')
    regions.push({ name, labels: labels.filter((l) => l !== ''), series: { [series]: { name: series, years: values.slice(from, to + 1).map((_, i) => first + from + i), values: values.slice(from, to + 1) as number[], line: row.line, col: row.cols[0] ?? 1 } } })
  }
  return regions
}
