/**
 * End-to-end: `history: {file, region, series}` in `run`, `check`, `check --draws` and
 * `simulate`. Each reads the CSV relative to the scenario's folder and sees its series as if
 * written inline, so every command's output equals the inline scenario's byte for byte; a
 * missing or bad CSV is exit 2 naming the CSV (line and column) or the scenario's `history.file`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot, runCli } from './support/run-cli'

/** A scenario whose `past` target reads a year before the base year: only history holds it. */
const SCENARIO = (history: string) =>
  [
    'id: h',
    `history: ${history}`,
    'years: {base: 2005, end: 2010}',
    'base: {gdp: 100, investment: 60}',
    'region:',
    '  gdp: {base: 300, growth: 0.1}',
    'plan:',
    '  gdp: {growth: 0.2}',
    'model:',
    '  capital_output_ratio: {dist: triangular, min: 3, mode: 4, max: 6}',
    '  gestation_years: 2',
    '  growth_shock_sd: 0.05',
    'targets:',
    '  - {id: g, kind: cagr, series: gdp, from: 2005, to: 2010, min: 0.1}',
    '  - {id: past, kind: expr, expr: "at(gdp, 2003) / at(gdp, 2010)", max: 1}'
  ].join('\n') + '\n'

/** Long form: gdp 2002–2004, investment 2002–2005 and 2006, a year after the base year, which is left out. */
const LONG = ['year,series,value', '2002,gdp,70', '2003,gdp,80', '2004,gdp,90', '2002,investment,40', '2003,investment,45', '2004,investment,50', '2005,investment,55', '2006,investment,999'].join('\n') + '\n'
const INLINE = '{gdp: {2002: 70, 2003: 80, 2004: 90}, investment: {2002: 40, 2003: 45, 2004: 50, 2005: 55}}'

let work = ''
const write = (name: string, text: string) => writeFileSync(join(work, name), text)
const cli = (...args: string[]) => runCli(args, { cwd: work })

beforeAll(() => {
  expect(runCli(['--version']).status).toBe(0)
  work = mkdtempSync(join(tmpdir(), 'zonecast-history-'))
  mkdirSync(join(work, 'plans'))
  mkdirSync(join(work, 'data'))
  write('plans/file.yaml', SCENARIO('{file: history.csv}'))
  write('plans/history.csv', LONG)
  write('plans/inline.yaml', SCENARIO(INLINE))
  write('plans/none.yaml', SCENARIO('{}'))
  copyFileSync(join(repoRoot, 'test/calibrate-data/china-province-gdp-2000-2016.csv'), join(work, 'data/provinces.csv'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('history.file: every command reads it, as if the history were inline', () => {
  for (const args of [['run', '--json'], ['check', '--json'], ['check', '--json', '--draws', '300', '--seed', '7'], ['simulate', '--json', '--draws', '300', '--seed', '7']]) {
    it(`${args.join(' ')}: the same bytes as the inline history, read relative to the scenario's folder`, () => {
      const file = cli(args[0]!, 'plans/file.yaml', ...args.slice(1))
      const inline = cli(args[0]!, 'plans/inline.yaml', ...args.slice(1))
      expect(file.stderr).toBe('')
      expect([0, 1]).toContain(file.status)
      expect(file.status).toBe(inline.status)
      expect(file.stdout).toBe(inline.stdout)
    })
  }

  /** gdp in 2010 on the model path, as `run --json` prints it */
  const modelGdp2010 = (file: string) => (JSON.parse(cli('run', file, '--json').stdout) as { model: { gdp: number[] } }).model.gdp.at(-1)!

  it('check and check --draws agree on a target that reads a history year', () => {
    const plain = JSON.parse(cli('check', 'plans/file.yaml', '--json').stdout) as { targets: { id: string; model: { value: number | null }; probability: unknown }[] }
    const drawn = JSON.parse(cli('check', 'plans/file.yaml', '--json', '--draws', '300').stdout) as typeof plain
    // 2003's 80 from the file over the model path's 2010 gdp
    expect(plain.targets.find((t) => t.id === 'past')?.model.value).toBeCloseTo(80 / modelGdp2010('plans/file.yaml'), 12)
    expect(drawn.targets.find((t) => t.id === 'past')?.probability).toMatchObject({ draws: 300 })
    // without the file the target has no value: the history changed the result
    const none = JSON.parse(cli('check', 'plans/none.yaml', '--json').stdout) as typeof plain
    expect(none.targets.find((t) => t.id === 'past')?.model.value).toBeNull()
  })

  it('a wide file in another folder, one region chosen by its English name', () => {
    write('plans/jilin.yaml', SCENARIO('{file: ../data/provinces.csv, region: Jilin, series: gdp}').replace('base: {gdp: 100, investment: 60}', 'base: {gdp: 3620.27, investment: 60}'))
    const r = cli('check', 'plans/jilin.yaml', '--json')
    expect(r.stderr).toBe('')
    const past = (JSON.parse(r.stdout) as { targets: { id: string; model: { value: number } }[] }).targets.find((t) => t.id === 'past')
    // 吉林省's 2003 gdp in the CSV (2662.08) over the model path's 2010 gdp
    expect(past?.model.value).toBeCloseTo(2662.08 / modelGdp2010('plans/jilin.yaml'), 12)
  })

  it('a scenario on standard input reads the file relative to the working folder', () => {
    const r = runCli(['check', '-', '--json'], { cwd: join(work, 'plans'), input: SCENARIO('{file: history.csv}') })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(cli('check', 'plans/inline.yaml', '--json').stdout)
  })
})

describe('history.file that is missing or wrong: exit 2 naming the CSV, its line and column', () => {
  // `2003,gdp,` is 9 characters: the value cell of line 3 starts at column 10; a long file's
  // series is placed at its last row (line 9, the 2006 investment row)
  const cases: { name: string; history: string; csv?: string; starts: string; words: string[] }[] = [
    { name: 'a missing file', history: '{file: nowhere.csv}', starts: 'plans/s.yaml history.file: cannot read "plans/nowhere.csv"', words: ['check the path'] },
    { name: 'text in a number cell', history: '{file: bad.csv}', csv: LONG.replace('2003,gdp,80', '2003,gdp,8O'), starts: 'plans/bad.csv:3:10 column "value": "8O" is not a number', words: ['write the value with digits'] },
    { name: 'a skipped year', history: '{file: bad.csv}', csv: LONG.replace('2003,gdp,80\n', ''), starts: 'plans/bad.csv:3:1 gdp has no 2003', words: ['add the 2003 row'] },
    { name: 'an unknown series', history: '{file: bad.csv}', csv: LONG.replaceAll(',investment,', ',investmnet,'), starts: 'plans/bad.csv:9:1 unknown series "investmnet"', words: ['did you mean "investment"?'] },
    { name: 'a series given inline too', history: '{file: history.csv, gdp: {2004: 90}}', starts: 'plans/s.yaml history.gdp: gdp is given here and in plans/history.csv', words: ['keep one of the two'] },
    { name: 'a region that is not there', history: '{file: ../data/provinces.csv, region: Atlantis}', starts: 'data/provinces.csv no region "Atlantis"', words: ['31 regions', 'give a name or a code'] }
  ]
  for (const c of cases) {
    for (const args of [['check'], ['check', '--draws', '50'], ['simulate', '--draws', '50'], ['run']]) {
      it(`${c.name}: ${args.join(' ')}`, () => {
        write('plans/s.yaml', SCENARIO(c.history))
        if (c.csv !== undefined) write('plans/bad.csv', c.csv)
        const r = cli(args[0]!, 'plans/s.yaml', ...args.slice(1))
        expect(r.status).toBe(2)
        expect(r.stdout).toBe('')
        expect(r.stderr).not.toMatch(/^\s+at /m)
        expect(r.stderr.startsWith(`zonecast: ${c.starts}`), r.stderr).toBe(true)
        for (const w of c.words) expect(r.stderr).toContain(w)
      })
    }
  }
})
