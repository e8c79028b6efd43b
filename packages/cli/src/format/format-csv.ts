import { csvFormatRows } from 'd3-dsv'

/** A CSV cell before formatting: text, a number, or null for an empty cell. */
export type CsvCell = string | number | null

/**
 * Rows as RFC 4180 CSV, ending in a newline. Numbers keep full precision (the shortest text
 * that reads back as the same double, `.` as decimal point); null is an empty cell; text with
 * commas, quotes or line breaks is quoted (d3-dsv's `csvFormatRows`).
 *
 * @example formatCsv([['series', '2005'], ['gdp', 1227.79], ['debt', null]])
 * // => "series,2005\ngdp,1227.79\ndebt,\n"
 */
export function formatCsv(rows: readonly (readonly CsvCell[])[]): string {
  return csvFormatRows(rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))) + '\n'
}
