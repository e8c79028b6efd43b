/**
 * End-to-end: `zonecast calibrate` on bad history files and command lines. shared/INTERFACE.md
 * "Exit codes": exit 2, a message naming the file, line and column, what is wrong and how to
 * fix it; no stack trace; nothing on standard output; no scenario file touched.
 *
 * Locations were read off the text by hand: `line:col` is 1-based, the column of the cell's
 * first character.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './support/run-cli'

/** A small wide file; trailing comments are line numbers. */
const WIDE = [
  'code,name,2004,2005,2006,2007', // 1
  '220000000,吉林省,3122.01,3620.27,4275.12,5284.69', // 2
  '420000000,湖北省,5633.24,6520.14,7617.47,9333.4' // 3
].join('\n') + '\n'

/** A small long file. */
const LONG = ['year,series,value', '2004,gdp,3122.01', '2005,gdp,3620.27', '2006,gdp,4275.12', '2007,gdp,5284.69'].join('\n') + '\n'

interface BadCase {
  name: string
  file: string
  text: string
  args?: string[]
  /** the start of the message: `file:line:col …` */
  starts: string
  /** fragments the message must also contain */
  words: string[]
}

const cases: BadCase[] = [
  // `220000000,吉林省,3122.01,` is 9 + 1 + 3 + 1 + 7 + 1 = 22 characters: the 2005 cell starts at 23
  { name: 'text in a number column (wide)', file: 'text.csv', text: WIDE.replace('3620.27', '362O.27'), starts: 'text.csv:2:23 column "2005" of 吉林省: "362O.27" is not a number', words: ['write the value with digits'] },
  { name: 'a missing year (wide, blank cell between values)', file: 'gap.csv', text: WIDE.replace('3620.27', ''), starts: 'gap.csv:2:23 吉林省 has no value for 2005', words: ['fill in the year'] },
  // `code,name,2004,` is 15 characters: the second year column starts at 16
  { name: 'a missing year (wide, no column)', file: 'nocol.csv', text: WIDE.replace('2004,2005,2006', '2004,2006,2007'), starts: 'nocol.csv:1:16 year 2005 is missing: the columns jump from 2004 to 2006', words: ['add a 2005 column'] },
  { name: 'a missing year (long)', file: 'skip.csv', text: LONG.replace('2005,gdp', '2008,gdp'), starts: 'skip.csv:4:1 gdp has no 2005: it jumps from 2004 (line 2) to 2006', words: ['add the 2005 row'] },
  { name: 'an empty year cell (long)', file: 'noyear.csv', text: LONG.replace('2006,gdp', ',gdp'), starts: 'noyear.csv:4:1 the year is missing', words: ['every row needs its year'] },
  { name: 'duplicate years (long)', file: 'dup.csv', text: LONG + '2006,gdp,4300\n', starts: 'dup.csv:6:1 gdp has 2006 twice (also line 4)', words: ['keep one row per year'] },
  { name: 'duplicate year columns (wide)', file: 'dupcol.csv', text: WIDE.replace('2004,2005,2006', '2004,2004,2006'), starts: 'dupcol.csv:1:16 year 2004 is a column twice', words: ['give each year one column'] },
  { name: 'a region that is not there', file: 'w.csv', text: WIDE, args: ['--region', 'Jilinn'], starts: 'w.csv no region "Jilinn"', words: ['did you mean "Jilin"?'] },
  // line 2 holds the short row
  { name: 'fewer than three observations', file: 'short.csv', text: 'name,2004,2005,2006\nJilin,,3620.27,4275.12\n', starts: 'short.csv:2:1 gdp of Jilin has 2 years (2005, 2006); calibrate needs at least 3', words: ['add earlier years'] },
  // `220000000,吉林省,3122.01,3620.27,4275.12,` is 38 characters: the 2007 cell starts at 39
  { name: 'a value that is not above 0', file: 'zero.csv', text: WIDE.replace('5284.69', '-1'), starts: 'zero.csv:2:39 column "2007" of 吉林省: -1 is not above 0', words: ['leave the cell blank'] },
  // `2005,gdp,3620.27,` is 17 characters: the extra cell starts at 18; it was dropped silently
  { name: 'a row with more cells than the header (long)', file: 'ragged.csv', text: LONG.replace('2005,gdp,3620.27', '2005,gdp,3620.27,12'), starts: 'ragged.csv:3:18 the row has 4 cells but the header 3', words: ['quote a value that holds a comma'] },
  // `2005,gdp,` is 9 characters: the value starts at 10; 1e-300 beside 1e300 gave a CAGR of ∞% and NaN statistics
  { name: 'a value below the number range (long)', file: 'tiny.csv', text: LONG.replace('3620.27', '1e-300'), starts: 'tiny.csv:3:10 column "value": 1e-300 is smaller than 1e-12', words: ['check the exponent'] },
  { name: 'a value above the number range (wide)', file: 'huge.csv', text: WIDE.replace('5284.69', '1e300'), starts: 'huge.csv:2:39 column "2007" of 吉林省: 1e+300 is larger than 1000000000000000', words: ['leave the cell blank'] },
  // `2004,` is 5 characters: the series starts at 6; the series was dropped and calibrate printed nothing, exit 0
  { name: 'a reserved series name (long)', file: 'proto.csv', text: LONG.replaceAll(',gdp,', ',__proto__,'), starts: 'proto.csv:2:6 "__proto__" cannot be a series name', words: ['rename the series'] },
  { name: 'a --series the file does not have (long)', file: 'l.csv', text: LONG, args: ['--series', 'gdpp'], starts: 'l.csv --series gdpp: the data has no series "gdpp"', words: ['did you mean "gdp"?'] },
  { name: 'neither long nor wide', file: 'odd.csv', text: 'a,b,c\n1,2,3\n', starts: 'odd.csv:1:1 the header is neither long form', words: ['year,series,value'] },
  { name: 'a scenario whose history skips a year', file: 'h.yaml', text: 'id: h\nyears: {base: 2005, end: 2010}\nbase: {gdp: 5}\nhistory:\n  gdp: {2001: 2, 2003: 3, 2004: 4}\n', starts: 'h.yaml history.gdp: gdp has no 2002: it jumps from 2001 to 2003', words: ['consecutive years'] },
  { name: 'a scenario whose history file has several regions and no region', file: 'f.yaml', text: 'id: f\nyears: {base: 2005, end: 2010}\nhistory: {file: w.csv}\n', starts: 'f.yaml history.file: w.csv has 2 regions', words: ['history.region'] },
  { name: '--horizon out of range', file: 'w.csv', text: WIDE, args: ['--horizon', '0'], starts: '--horizon must be a whole number from 1 to 50, got 0', words: [] },
  { name: '--write-scenario to a non-YAML file', file: 'w.csv', text: WIDE, args: ['--region', 'Jilin', '--write-scenario', 'x.json'], starts: '--write-scenario writes YAML', words: [] },
  // the series was lost: calibrate printed no statistics and exited 0
  { name: 'a reserved --series name (wide)', file: 'w.csv', text: WIDE, args: ['--series', '__proto__'], starts: 'w.csv series "__proto__": the name is reserved in JavaScript', words: ['give a series name such as gdp'] },
  { name: 'a mistyped option', file: 'w.csv', text: WIDE, args: ['--regoin', 'Jilin'], starts: 'unknown option --regoin; did you mean --region?', words: [] }
]

let work = ''
beforeAll(() => {
  expect(runCli(['--version']).status).toBe(0)
  work = mkdtempSync(join(tmpdir(), 'zonecast-calibrate-bad-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('calibrate on bad input: exit 2, a located message, nothing on stdout', () => {
  for (const c of cases) {
    it(c.name, () => {
      writeFileSync(join(work, c.file), c.text)
      if (c.file === 'f.yaml') writeFileSync(join(work, 'w.csv'), WIDE)
      const r = runCli(['calibrate', c.file, ...(c.args ?? [])], { cwd: work })
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).not.toMatch(/^\s+at /m)
      expect(r.stderr).not.toContain('internal error')
      expect(r.stderr.startsWith(`zonecast: ${c.starts}`)).toBe(true)
      for (const w of c.words) expect(r.stderr).toContain(w)
    })
  }

  it('a failed --write-scenario leaves the scenario untouched', () => {
    const scenario = 'id: s # keep me\nyears: {base: 2007, end: 2012}\nhistory: {file: w.csv, region: Atlantis}\n'
    writeFileSync(join(work, 'w.csv'), WIDE)
    writeFileSync(join(work, 's.yaml'), scenario)
    const before = statSync(join(work, 's.yaml')).mtimeMs
    const r = runCli(['calibrate', 's.yaml', '--write-scenario', 's.yaml'], { cwd: work })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('w.csv no region "Atlantis"')
    expect(readFileSync(join(work, 's.yaml'), 'utf8')).toBe(scenario)
    expect(statSync(join(work, 's.yaml')).mtimeMs).toBe(before)
  })
})
