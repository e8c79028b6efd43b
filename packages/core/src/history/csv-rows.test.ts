import { describe, expect, it } from 'vitest'
import { readCsvRows } from './csv-rows'
import { parseNumberCell, parseYearCell } from './parse-number-cell'

describe('readCsvRows: cells located by line and column', () => {
  it('plain and quoted cells', () => {
    // line 2: `2004,"1,057.5"`: the quoted cell opens at column 6
    expect(readCsvRows('year,value\n2004,"1,057.5"\n')).toEqual([
      { cells: ['year', 'value'], line: 1, cols: [1, 6] },
      { cells: ['2004', '1,057.5'], line: 2, cols: [1, 6] }
    ])
  })

  it('a quoted line break moves the next rows down; CRLF and blank lines', () => {
    const rows = readCsvRows('name,2004\r\n"Jilin\r\nprovince",5\r\n\r\nHubei,6\r\n')
    // the second record starts on line 2; its cell 5 sits on line 3 after `province",` (10 characters)
    expect(rows.map((r) => [r.line, r.cols])).toEqual([
      [1, [1, 6]],
      [2, [1, 11]],
      [5, [1, 7]]
    ])
    expect(rows[1]!.cells[0]).toBe('Jilin\r\nprovince')
  })

  it('a trailing empty cell has a column too', () => {
    expect(readCsvRows('a,b,\n')[0]).toEqual({ cells: ['a', 'b', ''], line: 1, cols: [1, 3, 5] })
  })
})

describe('parseNumberCell and parseYearCell', () => {
  it('numbers as spreadsheets write them', () => {
    expect(['1057.5', ' 1,057.5 ', '-3', '1.2e4', '.5'].map(parseNumberCell)).toEqual([1057.5, 1057.5, -3, 12000, 0.5])
  })
  it('text is not a number', () => {
    expect(['', '12x', '1,05', 'n/a', '.', '1.2.3'].map(parseNumberCell)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })
  it('years are four digits', () => {
    expect(['2004', ' 2004 ', '04', '2004.5', 'y2004'].map(parseYearCell)).toEqual([2004, 2004, undefined, undefined, undefined])
  })
})
