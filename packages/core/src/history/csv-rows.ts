import { csvParseRows } from 'd3-dsv'

/** One CSV record with where it starts: its cells, the line of its first character, each cell's column. */
export interface CsvRow {
  cells: string[]
  /** 1-based line of the row's first character */
  line: number
  /** 1-based column of each cell's first character (its opening quote, when quoted) */
  cols: number[]
}

/**
 * Parses CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks) with d3-dsv's
 * `csvParseRows`, and locates every cell by line and column for error messages, which d3-dsv
 * does not report. Rows whose cells are all blank are left out. O(length).
 *
 * @example readCsvRows('year,value\n2004,"1,057.5"\n')[1] // => { cells: ["2004", "1,057.5"], line: 2, cols: [1, 6] }
 */
export function readCsvRows(text: string): CsvRow[] {
  const rows = csvParseRows(text)
  const starts = cellStarts(text)
  const out: CsvRow[] = []
  rows.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return
    const at = starts[i] ?? { line: 1, cols: [] }
    out.push({ cells, line: at.line, cols: cells.map((_, j) => at.cols[j] ?? at.cols[at.cols.length - 1] ?? 1) })
  })
  return out
}

// the line and the cell columns of every record, splitting as d3-dsv does (\n, \r\n or \r ends a record outside quotes)
function cellStarts(text: string): { line: number; cols: number[] }[] {
  const out: { line: number; cols: number[] }[] = []
  let line = 1
  let lineStart = 0
  let i = 0
  const n = text.length
  while (i < n) {
    const row = { line, cols: [] as number[] }
    out.push(row)
    let endOfRow = false
    while (!endOfRow) {
      row.cols.push(i - lineStart + 1)
      if (text[i] === '"') {
        i++
        while (i < n) {
          if (text[i] === '"') {
            if (text[i + 1] === '"') i += 2
            else break
          } else {
            if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
              line++
              lineStart = i + 1
            }
            i++
          }
        }
        i++
      }
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++
      if (i >= n) break
      if (text[i] === ',') {
        i++
        if (i >= n) row.cols.push(i - lineStart + 1)
        continue
      }
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      lineStart = i
      endOfRow = true
    }
  }
  return out
}
