import { describe, expect, it } from 'vitest'
import { formatTable } from './format-table'

describe('formatTable', () => {
  it('aligns text left and numbers right under a rule', () => {
    const text = formatTable({
      header: ['series', '2005', '2006'],
      rows: [
        ['GDP', '1,227.79', '1,680.00'],
        ['Fiscal revenue', '127.30', '160.00']
      ],
      align: ['left', 'right', 'right']
    })
    expect(text).toBe(
      [
        'series              2005      2006',
        '--------------  --------  --------',
        'GDP             1,227.79  1,680.00',
        'Fiscal revenue    127.30    160.00',
        ''
      ].join('\n')
    )
  })

  it('lines up Chinese labels by terminal columns, not characters', () => {
    const text = formatTable({ header: ['series', 'x'], rows: [['生產總值', '1'], ['GDP', '2']], align: ['left', 'right'] })
    // 生產總值 is 8 columns wide, so GDP gets 5 spaces of padding and both "x" cells sit at column 11
    expect(text.split('\n')).toEqual(['series    x', '--------  -', '生產總值  1', 'GDP       2', ''])
  })

  it('drops trailing spaces and treats missing cells as empty', () => {
    const text = formatTable({ header: ['a', 'b'], rows: [['long value'], ['x', 'y']] })
    expect(text).toBe('a           b\n----------  -\nlong value\nx           y\n')
  })
})
