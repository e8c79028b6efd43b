import { displayWidth } from './display-width'

/** Which side of its column a cell's text sits on: text left, numbers right. */
export type Align = 'left' | 'right'

/** A table to lay out: a header row, body rows, and each column's alignment (left if absent). */
export interface TextTable {
  header: readonly string[]
  rows: readonly (readonly string[])[]
  align?: readonly Align[]
}

/** Spaces between columns. */
const columnGap = '  '

/**
 * Lays out a table as aligned plain text: header, a rule of dashes, then the rows, each line
 * ending in a newline and without trailing spaces. Widths are terminal columns, so Chinese
 * labels (two columns a character) line up.
 *
 * @example formatTable({ header: ['series', '2005'], rows: [['GDP', '1,227.79']], align: ['left', 'right'] })
 * // => "series      2005\n------  --------\nGDP     1,227.79\n"
 */
export function formatTable(table: TextTable): string {
  const all = [table.header, ...table.rows]
  const columns = Math.max(...all.map((row) => row.length))
  const widths: number[] = []
  for (let c = 0; c < columns; c++) widths.push(Math.max(...all.map((row) => displayWidth(row[c] ?? ''))))
  const line = (row: readonly string[]): string =>
    widths
      .map((width, c) => pad(row[c] ?? '', width, table.align?.[c] ?? 'left'))
      .join(columnGap)
      .trimEnd() + '\n'
  const rule = widths.map((width) => '-'.repeat(width)).join(columnGap) + '\n'
  return line(table.header) + rule + table.rows.map(line).join('')
}

// text padded with spaces to a width in terminal columns
function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}
