import { InputError } from '../errors'
import type { CsvRow } from './csv-rows'

/**
 * An input error at one cell of a CSV file: `file:line:col column "2004": message; hint`.
 *
 * @example throw csvIssue("gdp.csv", row, 3, 'column "2004": "12x" is not a number', "write digits")
 */
export function csvIssue(file: string, row: Pick<CsvRow, 'line' | 'cols'>, cell: number, message: string, hint?: string): InputError {
  return new InputError([{ file, line: row.line, col: row.cols[cell] ?? row.cols[row.cols.length - 1] ?? 1, path: [], message, ...(hint ? { hint } : {}) }])
}
