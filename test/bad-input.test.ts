/**
 * End-to-end: bad scenario files and bad command lines. shared/INTERFACE.md "Exit codes": exit 2,
 * a message that names the file, line and column or key path, what is wrong and how to fix it;
 * no stack trace; no partial output file left behind.
 *
 * Locations below were read off the text by hand: `line:col` is 1-based, the column of the first
 * character of the key or value the message is about.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './support/run-cli'
import type { CliResult } from './support/run-cli'

/**
 * A valid scenario (check exits 0 or 1, not 2) that most cases edit in one place. The trailing comments are
 * line numbers, for the locations expected below.
 */
const BASE =
  [
    'id: t', // 1
    'years: {base: 2005, end: 2010}', // 2
    'base:', // 3
    '  gdp: 100', // 4
    'region:', // 5
    '  gdp: {base: 300, growth: 0.1}', // 6
    'plan:', // 7
    '  gdp: {growth: 0.2}', // 8
    'model:', // 9
    '  capital_output_ratio: {dist: triangular, min: 3, mode: 4, max: 6}', // 10
    '  land: {planned: 10, serviced: 5, used: 2}', // 11
    '  investment_intensity: 110 wanyuan/mu', // 12
    '  servicing_cost: 1.2 yiyuan/km2', // 13
    '  tax: {holiday: {free_years: 2}}', // 14
    'targets:', // 15
    '  - {id: g, kind: cagr, series: gdp, from: 2005, to: 2010, min: 0.2}', // 16
    '  - {id: s, kind: share, series: gdp, of: gdp, year: 2010, min: 0.3}', // 17
    '  - {id: e, kind: expr, expr: "at(gdp, 2010) / at(region.gdp, 2010)", min: 0.3}' // 18
  ].join('\n') + '\n'

/** BASE with `from` replaced by `to`; `from` must occur exactly once. */
function edit(from: string, to: string): string {
  const at = BASE.indexOf(from)
  if (at < 0 || BASE.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" does not occur exactly once in BASE`)
  return BASE.slice(0, at) + to + BASE.slice(at + from.length)
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])
/** 你好 in GBK (the encoding of Chinese Windows editors); not UTF-8. */
const GBK_NIHAO = Buffer.from([0xc4, 0xe3, 0xba, 0xc3])
/** The first bytes of a PNG file: binary, with NULs. */
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])

interface BadCase {
  name: string
  /** the scenario, as text or raw bytes: written to `file` (or given on standard input with `stdin`) */
  text?: string | Buffer
  /** the file name the scenario is written to; default `<name as a slug>.yaml` */
  file?: string
  /** pass the scenario on standard input (`check -`) instead of as a file */
  stdin?: boolean
  /** the command line; default `check FILE` */
  args?: string[]
  /** where the message points: "line:col", or "line" when only the line is checked */
  at?: string
  /** the key path printed after the location */
  path?: string
  /** fragments the message must contain: what is wrong, and how to fix it */
  words: string[]
  /**
   * What the CLI should print and does not yet: asserted (on the same run) by a separate test
   * marked `it.fails`; the fields above hold what it already gets right.
   */
  bug?: { reason: string; at?: string; words?: string[] }
}

const cases: BadCase[] = [
  // --- syntax and encoding -------------------------------------------------------------------------
  { name: 'YAML: a key indented less than its sibling', text: 'id: t\nyears:\n    base: 2005\n  end: 2010\n', at: '4', words: ['the keys of this map do not start in the same column'] },
  // `    end` is over-indented: the message points at the key, line 4 column 5
  {
    name: 'YAML: a key indented more than its sibling',
    text: 'id: t\nyears:\n  base: 2005\n    end: 2010\n',
    at: '4:5',
    words: ['a key is indented deeper than the key above it', 'line up the keys of one map in the same column']
  },
  { name: 'YAML: unclosed flow map', text: 'id: t\nyears: {base: 2005, end: 2010\nbase: {gdp: 1}\n', at: '3:1', words: ['a { … } map is not closed', 'close it with }'] },
  { name: 'JSON: missing comma between lines', file: 'missing-comma.json', text: '{\n  "id": "t"\n  "years": {"base": 2005, "end": 2010}\n}\n', at: '3:3', words: ['a comma is missing between items'] },
  // the comma is missing between 2005 (line 2, column 20) and "end" (column 25); the line is what matters
  {
    name: 'JSON: missing comma within a line',
    file: 'missing-comma-in-line.json',
    text: '{"id": "t",\n "years": {"base": 2005 "end": 2010}}\n',
    at: '2',
    words: ['inside { } or [ ], a comma is missing or a value needs quotes', 'separate items with commas']
  },
  { name: 'JSON on standard input: named <stdin>', stdin: true, text: '{\n  "id": "t"\n  "years": {"base": 2005, "end": 2010}\n}\n', at: '3:3', words: ['a comma is missing between items'] },
  { name: 'empty file', text: '', words: ['the file is empty', 'zonecast init'] },
  { name: 'whitespace-only file', text: '  \n\t\n\n', words: ['the file is empty'] },
  { name: 'a document that is only a list', text: '- id: t\n- years: {base: 2005, end: 2010}\n', at: '1:1', words: ['the document is a list, not a map of scenario keys'] },
  { name: 'a scalar document', text: 'jilin-2006-2010\n', at: '1:1', words: ['the document is a single string, not a map'] },
  { name: 'binary file (NUL bytes)', text: PNG_HEAD, words: ['looks like a binary file'] },
  // `title: {zh: "` is 13 characters, so the first GBK byte is column 14 of line 3
  {
    name: 'GBK-encoded Chinese text',
    text: Buffer.concat([Buffer.from('id: t\nyears: {base: 2005, end: 2010}\ntitle: {zh: "'), GBK_NIHAO, Buffer.from('"}\n')]),
    at: '3:14',
    words: ['is not UTF-8 text: byte 0xC4', 'GBK', 'save it as UTF-8']
  },
  { name: 'UTF-16 text', text: Buffer.from('\ufeffid: t\n', 'utf16le'), words: ['is UTF-16 text', 'save it as UTF-8'] },
  { name: 'duplicate key', text: edit('  gdp: 100\n', '  gdp: 100\n  gdp: 200\n'), at: '5:3', words: ['duplicate key "gdp"', 'merge the two entries'] },
  // the BOM is stripped before parsing: it must not shift the columns of line 1 nor the lines
  { name: 'UTF-8 BOM, then an unknown key', text: Buffer.concat([UTF8_BOM, Buffer.from(edit('plan:', 'plna:'))]), at: '7:1', path: 'plna', words: ['unknown key "plna"'] },

  // --- unknown keys ---------------------------------------------------------------------------------
  { name: 'unknown top-level key', text: edit('plan:', 'plna:'), at: '7:1', path: 'plna', words: ['unknown key "plna"', 'did you mean "plan"?'] },
  { name: 'unknown key in a plan series', text: edit('{growth: 0.2}', '{growht: 0.2}'), at: '8:9', path: 'plan.gdp.growht', words: ['unknown key "growht"', 'did you mean "growth"?'] },
  { name: 'unknown series in plan', text: edit('  gdp: {growth: 0.2}', '  gdp: {growth: 0.2}\n  gpd: {levels: {2006: 5}}'), at: '9:3', path: 'plan.gpd', words: ['unknown series "gpd"; did you mean "gdp"? (a new series is declared under series:)'] },
  { name: 'unknown key in model', text: edit('  land:', '  capital_ouput_ratio: 4\n  land:'), at: '11:3', path: 'model.capital_ouput_ratio', words: ['unknown key', 'did you mean "capital_output_ratio"?'] },
  { name: 'unknown key in model.land', text: edit('used: 2}', 'usde: 2}'), at: '11:36', path: 'model.land.usde', words: ['unknown key "usde"', 'did you mean "used"?'] },
  { name: 'unknown key in model.tax.holiday', text: edit('{free_years: 2}', '{free_years: 2, half_year: 3}'), at: '14:34', path: 'model.tax.holiday.half_year', words: ['unknown key "half_year"', 'did you mean "half_years"?'] },

  // --- types and units ------------------------------------------------------------------------------
  { name: 'text where a number is expected', text: edit('gdp: 100', 'gdp: lots'), at: '4:8', path: 'base.gdp', words: ['"lots" is not a number'] },
  { name: 'a list where a map is expected', text: edit('years: {base: 2005, end: 2010}', 'years: [2005, 2010]'), at: '2:8', path: 'years', words: ['expected a map, got a list'] },
  { name: 'a number where a map is expected', text: edit('land: {planned: 10, serviced: 5, used: 2}', 'land: 10'), at: '11:9', path: 'model.land', words: ['expected a map'] },
  { name: 'a fractional year', text: edit('base: 2005,', 'base: 2005.5,'), at: '2:15', path: 'years.base', words: ['2005.5 is not a whole number'] },
  { name: 'an area where money is expected', text: edit('gdp: 100', 'gdp: 100 km2'), at: '4:8', path: 'base.gdp', words: ['"100 km2" is an area, but a money amount is expected'] },
  { name: 'money where an area is expected', text: edit('planned: 10,', 'planned: 10 yiyuan,'), at: '11:19', path: 'model.land.planned', words: ['"10 yiyuan" is a money amount, but an area is expected'] },
  { name: 'unknown unit', text: edit('110 wanyuan/mu', '110 wanyaun/mu'), at: '12:25', path: 'model.investment_intensity', words: ['unknown unit "wanyaun"', 'did you mean "wanyuan"?'] },
  { name: 'USD without exchange_rate', text: edit('gdp: 100', 'gdp: 12 yiusd'), at: '4:8', path: 'base.gdp', words: ['US dollars', 'exchange_rate'] },
  // the hint must not allow the very value refused (it once said "use a value ≥ 0")
  { name: 'exchange_rate of 0', text: edit('id: t\n', 'id: t\nexchange_rate: 0\n'), at: '2:16', path: 'exchange_rate', words: ['0 is too small; use a value > 0'] },
  { name: 'id with a space', text: edit('id: t\n', 'id: "t t"\n'), at: '1:5', path: 'id', words: ['the text "t t" is not allowed', 'an id is letters, digits'] },

  // --- years ----------------------------------------------------------------------------------------
  { name: 'end year before base year', text: edit('end: 2010', 'end: 2004'), at: '2:26', path: 'years.end', words: ['end year 2004 is not after the base year 2005'] },
  { name: 'end year equal to base year', text: edit('end: 2010', 'end: 2005'), at: '2:26', path: 'years.end', words: ['end year 2005 is not after the base year 2005'] },
  // `  gdp: {growth: 0.2, levels: {` is 30 characters: the key 20x6 starts at column 31 (its value 5 at 37)
  { name: 'a year key that is not a year', text: edit('{growth: 0.2}', '{growth: 0.2, levels: {20x6: 5}}'), at: '8:31', path: 'plan.gdp.levels.20x6', words: ['"20x6" is not a year', 'four digits'] },
  { name: 'plan level outside the plan years', text: edit('{growth: 0.2}', '{growth: 0.2, levels: {2012: 500}}'), at: '8', path: 'plan.gdp.levels.2012', words: ['year 2012 is outside the plan years 2006–2010'] },
  { name: 'plan growth without the base value', text: edit('  gdp: 100\n', '  investment: 100\n'), at: '8:17', path: 'plan.gdp.growth', words: ['a growth rate needs the base-year level of gdp', 'add base.gdp'] },

  // --- targets --------------------------------------------------------------------------------------
  { name: 'target names a missing series', text: edit('series: gdp, from', 'series: gdpp, from'), at: '16:33', path: 'targets[0].series', words: ['unknown series "gdpp"', 'did you mean "gdp"?'] },
  { name: 'target of an unknown kind', text: edit('kind: cagr', 'kind: cgar'), at: '16:19', path: 'targets[0].kind', words: ['unknown target kind "cgar"', 'did you mean "cagr"?'] },
  { name: 'target with neither min nor max', text: edit('to: 2010, min: 0.2}', 'to: 2010}'), at: '16:5', path: 'targets[0]', words: ['a target needs min, max or both'] },
  { name: 'duplicate target ids', text: edit('{id: s, kind', '{id: g, kind'), at: '17:10', path: 'targets[1].id', words: ['target id "g" is used twice'] },
  // without the region block, lines 5–6 go: target s is on line 15
  { name: 'share target whose region series has no path', text: edit('region:\n  gdp: {base: 300, growth: 0.1}\n', ''), at: '15:43', path: 'targets[1].of', words: ['the region has no gdp path', 'add region.gdp'] },
  { name: 'expr target with a syntax error', text: edit('/ at(region.gdp, 2010)"', '/ (at(region.gdp, 2010)"'), at: '18:31', path: 'targets[2].expr', words: ['syntax error', 'parenthesis'] },
  { name: 'expr target calling import', text: edit('"at(gdp, 2010) / at(region.gdp, 2010)"', '"import({})"'), at: '18:31', path: 'targets[2].expr', words: ['function "import" is disabled'] },

  // --- model ranges and distributions ---------------------------------------------------------------
  { name: 'negative area', text: edit('planned: 10,', 'planned: -10,'), at: '11:19', path: 'model.land.planned', words: ['-10 is below 0'] },
  { name: 'serviced land larger than planned', text: edit('serviced: 5,', 'serviced: 50,'), at: '11:33', path: 'model.land.serviced', words: ['serviced land 50 km² exceeds the planned area 10 km²'] },
  { name: 'distribution with min > max', text: edit('{dist: triangular, min: 3, mode: 4, max: 6}', '{dist: uniform, min: 6, max: 3}'), at: '10:46', path: 'model.capital_output_ratio.min', words: ['min 6 is greater than max 3'] },
  { name: 'negative sd', text: edit('{dist: triangular, min: 3, mode: 4, max: 6}', '{dist: normal, mean: 4, sd: -1}'), at: '10:53', path: 'model.capital_output_ratio.sd', words: ['sd -1 is negative'] },
  { name: 'weights not summing to 1', text: edit('{dist: triangular, min: 3, mode: 4, max: 6}', '{dist: discrete, values: [3, 4, 5], weights: [0.2, 0.3, 0.4]}'), at: '10:70', path: 'model.capital_output_ratio.weights', words: ['weights sum to 0.9, not 1'] },
  { name: 'pert without a mode', text: edit('{dist: triangular, min: 3, mode: 4, max: 6}', '{dist: pert, min: 3, max: 6}'), at: '10:25', path: 'model.capital_output_ratio', words: ['a pert distribution needs "mode"'] },

  // --- files and the command line -------------------------------------------------------------------
  { name: 'missing file', args: ['check', 'no-such-file.yaml'], words: ['cannot read "no-such-file.yaml"', 'no such file', 'check the path'] },
  { name: 'a folder as FILE', args: ['check', 'a-folder'], words: ['cannot read "a-folder"', 'folder', 'give a scenario file'] },
  { name: 'unknown command', args: ['chek', 'x.yaml'], words: ['unknown command "chek"', 'did you mean "check"?', 'zonecast --help'] },
  { name: 'unknown option', args: ['check', 'x.yaml', '--strcit'], words: ['unknown option --strcit; did you mean --strict?', 'zonecast --help'] },
  // was "unknown option --draws; did you mean --draws?"
  { name: 'an option of another command', args: ['tornado', 'x.yaml', '--target', 'g', '--draws', '100'], words: ['the tornado command takes no --draws; it is an option of other commands', 'zonecast --help'] },
  { name: 'bad --format choice', args: ['run', 'x.yaml', '--format', 'xml'], words: ['--format cannot be "xml"', '"csv"'] },
  { name: 'missing FILE argument', args: ['check'], words: ['missing FILE', 'zonecast check FILE'] }
]

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

let work = ''
beforeAll(() => {
  // an unbuilt CLI also exits 2: make sure the cases below meet the real one (and that the
  // expected failures fail for their bug, not for a missing bundle)
  expect(runCli(['--version']).status).toBe(0)
  work = mkdtempSync(join(tmpdir(), 'zonecast-bad-'))
  mkdirSync(join(work, 'a-folder'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('bad input: exit 2, a located message, no stack trace, nothing on stdout', () => {
  it('has distinct cases', () => {
    expect(new Set(cases.map((c) => slug(c.name))).size).toBe(cases.length)
  })

  for (const c of cases) {
    it(c.name, () => {
      const { r, file } = outcome(c)
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).not.toMatch(/^\s+at /m)
      expect(r.stderr).not.toContain('internal error')
      expect(r.stderr).toMatch(/^zonecast: /)
      if (c.text !== undefined) expectLocated(r.stderr, file, c.at, c.path)
      for (const w of c.words) expect(r.stderr).toContain(w)
    })
    const bug = c.bug
    if (bug) {
      it.fails(`${c.name}: the message (known bug)`, () => {
        const { r, file } = outcome(c)
        expectLocated(r.stderr, file, bug.at ?? c.at, c.path)
        for (const w of bug.words ?? []) expect(r.stderr).toContain(w)
      })
    }
  }
})

// each case runs the CLI once; a known bug's second test reads the same run
const outcomes = new Map<BadCase, { r: CliResult; file: string }>()
function outcome(c: BadCase): { r: CliResult; file: string } {
  const known = outcomes.get(c)
  if (known) return known
  const file = c.stdin ? '<stdin>' : (c.file ?? `${slug(c.name)}.yaml`)
  let args = c.args ?? ['check', file]
  let input: string | Buffer | undefined
  if (c.text !== undefined && c.stdin) {
    args = ['check', '-']
    input = c.text
  } else if (c.text !== undefined) {
    writeFileSync(join(work, file), c.text)
  }
  const result = { r: runCli(args, { cwd: work, input }), file }
  outcomes.set(c, result)
  return result
}

// `file:line:col key.path: message`, or `file message` for a problem of the whole file; `at`
// undefined: the line and column are not checked
function expectLocated(stderr: string, file: string, at: string | undefined, path: string | undefined): void {
  const where = at === undefined ? '(:\\d+:\\d+)?' : `:${at.includes(':') ? at : `${at}:\\d+`}`
  const key = path === undefined ? '' : ` ${escapeRe(path)}:`
  expect(stderr).toMatch(new RegExp(`^zonecast: ${escapeRe(file)}${where}${key} `, 'm'))
}

describe('accepted input', () => {
  // valid input: check exits 0 or 1 (targets met or not), never 2
  it('the base scenario of the cases above is valid', () => {
    writeFileSync(join(work, 'base.yaml'), BASE)
    const r = runCli(['check', 'base.yaml'], { cwd: work })
    expect(r.stderr).toBe('')
    expect([0, 1]).toContain(r.status)
  })

  it('a UTF-8 byte-order mark is accepted, in a file and on standard input', () => {
    writeFileSync(join(work, 'bom.yaml'), Buffer.concat([UTF8_BOM, Buffer.from(BASE)]))
    const file = runCli(['check', 'bom.yaml'], { cwd: work })
    expect(file.stderr).toBe('')
    expect([0, 1]).toContain(file.status)
    const json = Buffer.concat([UTF8_BOM, Buffer.from('{"id": "t", "years": {"base": 2005, "end": 2010}}\n')])
    const stdin = runCli(['check', '-'], { cwd: work, input: json })
    expect(stdin.stderr).toBe('')
    expect([0, 1]).toContain(stdin.status)
  })
})

describe('bad input with run --out', () => {
  it('touches no output file: the previous run\'s files stay byte-identical and no file is added', () => {
    const out = join(work, 'out')
    writeFileSync(join(work, 'good.yaml'), BASE)
    const good = runCli(['run', 'good.yaml', '--out', 'out'], { cwd: work })
    expect(good.status).toBe(0)
    const names = readdirSync(out).sort()
    expect(names).toEqual(['.zonecast-written', 't.run.csv', 't.run.json', 't.run.md'])
    const before = names.map((n) => ({ bytes: readFileSync(join(out, n)), mtime: statSync(join(out, n)).mtimeMs }))

    // same id, so the same three file names; the error is found before anything is written
    writeFileSync(join(work, 'bad.yaml'), edit('plan:', 'plna:'))
    const bad = runCli(['run', 'bad.yaml', '--out', 'out'], { cwd: work })
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toContain('bad.yaml:7:1 plna: unknown key "plna"')
    expect(bad.stderr).not.toContain('wrote')
    expect(readdirSync(out).sort()).toEqual(names)
    names.forEach((n, i) => {
      expect(readFileSync(join(out, n)).equals(before[i]?.bytes ?? Buffer.alloc(0)), n).toBe(true)
      expect(statSync(join(out, n)).mtimeMs, n).toBe(before[i]?.mtime)
    })
  })
})
