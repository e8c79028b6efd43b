import { describe, expect, it } from 'vitest'
import { InputError } from '../errors'
import { parseHistoryCsv } from './parse-history-csv'
import { regionTitle, selectRegion } from './select-region'

/** The message of the InputError `f` throws, as the CLI prints it. */
function message(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    if (e instanceof InputError) return e.message
    throw e
  }
  throw new Error('no InputError')
}

const WIDE = ['code,Provinces,2004,2005,2006', '220000000,吉林省,3122.01,3620.27,4275.12', '420000000,湖北省,,6520.14,7617.47', ''].join('\n')

describe('wide form', () => {
  const t = parseHistoryCsv(WIDE, 'w.csv')

  it('one region per row, named by its first text label; a blank leading cell starts the series later', () => {
    expect(t.form).toBe('wide')
    expect(t.regions.map((r) => [r.name, r.labels])).toEqual([
      ['吉林省', ['220000000', '吉林省']],
      ['湖北省', ['420000000', '湖北省']]
    ])
    expect(t.regions[1]!.series.gdp).toMatchObject({ years: [2005, 2006], values: [6520.14, 7617.47], line: 3 })
  })

  it('the values are the series named by the caller', () => {
    expect(Object.keys(parseHistoryCsv(WIDE, 'w.csv', 'industrial_va').regions[0]!.series)).toEqual(['industrial_va'])
  })

  it('refuses a reserved series name, which would set the prototype instead of naming the values', () => {
    for (const name of ['__proto__', 'constructor', 'prototype']) expect(message(() => parseHistoryCsv(WIDE, 'w.csv', name))).toBe(`w.csv series "${name}": the name is reserved in JavaScript; give a series name such as gdp`)
  })

  it('text in a number column: file, line and column of the cell', () => {
    // line 2 `220000000,吉林省,3122.01,36x0.27`: the cell starts after 9 + 1 + 3 + 1 + 7 + 1 = 22 characters
    const bad = WIDE.replace('3620.27', '36x0.27')
    expect(message(() => parseHistoryCsv(bad, 'w.csv'))).toBe('w.csv:2:23 column "2005" of 吉林省: "36x0.27" is not a number; write the value with digits and a decimal point, e.g. 1057.5')
  })

  it('a year missing between values', () => {
    const gap = WIDE.replace('3122.01,3620.27,4275.12', '3122.01,,4275.12')
    expect(message(() => parseHistoryCsv(gap, 'w.csv'))).toContain('w.csv:2:23 吉林省 has no value for 2005')
  })

  it('a year column missing or repeated', () => {
    // `code,Provinces,2004,` is 20 characters: the second year column starts at 21
    expect(message(() => parseHistoryCsv(WIDE.replace('2005,2006', '2006,2007'), 'w.csv'))).toContain('w.csv:1:21 year 2005 is missing: the columns jump from 2004 to 2006')
    expect(message(() => parseHistoryCsv(WIDE.replace('2005,2006', '2004,2005'), 'w.csv'))).toContain('w.csv:1:21 year 2004 is a column twice')
  })

  it('a value not above 0', () => {
    expect(message(() => parseHistoryCsv(WIDE.replace('3620.27', '0'), 'w.csv'))).toContain('w.csv:2:23 column "2005" of 吉林省: 0 is not above 0')
  })
})

describe('long form', () => {
  const LONG = ['year,series,value,region', '2004,gdp,3122.01,Jilin', '2005,gdp,3620.27,Jilin', '2004,investment,1200,Jilin', '2005,GDP,6520.14,Hubei', ''].join('\n')

  it('regions and series from their columns (series names in lower case)', () => {
    const t = parseHistoryCsv(LONG, 'l.csv')
    expect(t.form).toBe('long')
    expect(t.regions.map((r) => [r.name, Object.keys(r.series)])).toEqual([
      ['Jilin', ['gdp', 'investment']],
      ['Hubei', ['gdp']]
    ])
    expect(t.regions[0]!.series.gdp).toMatchObject({ years: [2004, 2005], values: [3122.01, 3620.27] })
  })

  it('without series and region columns: one series of the caller\'s name', () => {
    const t = parseHistoryCsv('year,value\n2005,2\n2004,1\n', 'l.csv', 'fiscal_revenue')
    expect(t.regions[0]!.series.fiscal_revenue).toMatchObject({ years: [2004, 2005], values: [1, 2] })
  })

  it('a year given twice, a year skipped, a missing year, text for a number', () => {
    expect(message(() => parseHistoryCsv(LONG + '2005,gdp,1,Jilin\n', 'l.csv'))).toBe('l.csv:6:1 gdp of Jilin has 2005 twice (also line 3); keep one row per year')
    expect(message(() => parseHistoryCsv(LONG.replace('2005,gdp,3620.27', '2007,gdp,3620.27'), 'l.csv'))).toContain('l.csv:3:1 gdp of Jilin has no 2005: it jumps from 2004 (line 2) to 2007')
    expect(message(() => parseHistoryCsv(LONG.replace('2004,investment', ',investment'), 'l.csv'))).toBe('l.csv:4:1 the year is missing; every row needs its year, e.g. 2004')
    // `2005,gdp,` is 9 characters: the value starts at column 10
    expect(message(() => parseHistoryCsv(LONG.replace('3620.27', 'n/a'), 'l.csv'))).toContain('l.csv:3:10 column "value": "n/a" is not a number')
  })
})

describe('neither form', () => {
  it('says what the header should be', () => {
    expect(message(() => parseHistoryCsv('a,b\n1,2\n', 'x.csv'))).toContain('x.csv:1:1 the header is neither long form')
    expect(message(() => parseHistoryCsv('\n\n', 'x.csv'))).toContain('x.csv the file has no rows')
  })
})

describe('selectRegion', () => {
  const t = parseHistoryCsv(WIDE, 'w.csv')
  it('by name, short name, English name or code', () => {
    for (const q of ['吉林省', '吉林', 'Jilin', 'jilin province', '220000000', '220000', '22']) expect(selectRegion(t, q).name).toBe('吉林省')
  })
  it('an unknown region: did you mean', () => {
    expect(message(() => selectRegion(t, 'Jilinn'))).toBe('w.csv no region "Jilinn"; did you mean "Jilin"?')
    expect(message(() => selectRegion(t, 'Atlantis'))).toBe('w.csv no region "Atlantis"; the regions are "吉林省", "湖北省"; give a name or a code from the file')
  })
  it('titles carry the English name', () => {
    expect(regionTitle(t.regions[1]!)).toBe('湖北省 (Hubei)')
  })
})
