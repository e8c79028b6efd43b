import { InputError } from '../errors'
import { readCsvRows } from './csv-rows'
import type { HistoryTable } from './history-table'
import { parseLongCsv } from './parse-long-csv'
import type { LongColumns } from './parse-long-csv'
import { parseYearCell } from './parse-number-cell'
import { parseWideCsv } from './parse-wide-csv'
import { RESERVED_KEYS } from '../util/reserved-keys'

/** The series a wide file's values are when nobody says. */
export const DEFAULT_HISTORY_SERIES = 'gdp'
/** Fewest year columns for a file to read as wide: two would make any pair of numeric headers a table. */
const MIN_WIDE_YEARS = 3

/**
 * Parses a history CSV (already decoded text) in long or wide form (MODEL.md §8):
 * - long: a header with `year` and `value` columns, optionally `series` and `region`;
 * - wide: label columns and one column per consecutive year (e.g. `code,Provinces,2000,…,2016`),
 *   one row per region; the values are the series `series`.
 * Pure: the CLI reads the file. O(length).
 *
 * @param text the file's content
 * @param file its name, for messages
 * @param series what a wide file's values are, or the series of a long file without a series column; default `gdp`
 * @throws InputError located by line and column when the file is neither form or a cell is wrong,
 *   or when `series` is a reserved name (it would be the key of the values: `__proto__` lost them)
 * @example parseHistoryCsv("year,value\n2004,1\n2005,2\n2006,3\n", "gdp.csv").form // => "long"
 */
export function parseHistoryCsv(text: string, file: string, series: string = DEFAULT_HISTORY_SERIES): HistoryTable {
  if (RESERVED_KEYS.has(series)) throw new InputError([{ file, path: [], message: `series "${series}": the name is reserved in JavaScript`, hint: 'give a series name such as gdp' }])
  const rows = readCsvRows(text)
  const header = rows[0]
  if (header === undefined) throw new InputError([{ file, path: [], message: 'the file has no rows', hint: 'give a CSV with a header row and one row per region or observation' }])
  const names = header.cells.map((c) => c.trim().toLowerCase())
  const at = (name: string) => {
    const j = names.indexOf(name)
    return j < 0 ? undefined : j
  }
  const year = at('year')
  const value = at('value')
  if (year !== undefined && value !== undefined) {
    const columns: LongColumns = { year, value, ...(at('series') === undefined ? {} : { series: at('series')! }), ...(at('region') === undefined ? {} : { region: at('region')! }) }
    return { file, form: 'long', regions: parseLongCsv(rows, columns, file, series) }
  }
  if (header.cells.filter((c) => parseYearCell(c) !== undefined).length >= MIN_WIDE_YEARS) return { file, form: 'wide', regions: parseWideCsv(rows, file, series) }
  throw new InputError([{ file, line: header.line, col: 1, path: [], message: 'the header is neither long form (year, series, value[, region]) nor wide form (one column per year)', hint: 'name the columns year,series,value or region,2004,2005,2006' }])
}
