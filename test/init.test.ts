/**
 * End-to-end: `zonecast init` through the built CLI. The starter it writes must load (check
 * exits 0 or 1, never 2), give finite numbers, carry every key of shared/INTERFACE.md's scenario
 * example, and explain every key in a comment in the language asked for; a file already there
 * is replaced only with --force.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type * as Yaml from '../packages/core/node_modules/yaml'
import { runCli } from './support/run-cli'

// the yaml package is the core's dependency, not the workspace root's
const require = createRequire(import.meta.url)
const YAML = require('../packages/core/node_modules/yaml') as typeof Yaml

const dir = mkdtempSync(join(tmpdir(), 'zonecast-init-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const langs = ['en', 'zh'] as const

/** The top-level keys of the scenario example in shared/INTERFACE.md ("Scenario file"), in its order. */
const interfaceTopKeys = ['id', 'title', 'source', 'money', 'exchange_rate', 'years', 'inflation', 'base', 'history', 'series', 'region', 'plan', 'model', 'checks', 'targets', 'levers', 'variants']
/** The `model` keys of the same example. */
const interfaceModelKeys = ['capital_output_ratio', 'gestation_years', 'infrastructure', 'attraction', 'land', 'investment_intensity', 'servicing_cost', 'tax', 'finance', 'growth_shock_sd']

// writes the starter for `lang` into a fresh folder and returns its path and text
function writeStarter(lang: (typeof langs)[number]): { file: string; text: string } {
  const cwd = mkdtempSync(join(dir, `${lang}-`))
  const r = runCli(['init', 'my-zone', '--lang', lang], { cwd })
  expect(r.stderr).toContain('wrote my-zone.yaml')
  expect(r.status).toBe(0)
  const file = join(cwd, 'my-zone.yaml')
  return { file, text: readFileSync(file, 'utf8') }
}

const starters = Object.fromEntries(langs.map((lang) => [lang, writeStarter(lang)])) as Record<(typeof langs)[number], { file: string; text: string }>

describe.each(langs)('zonecast init --lang %s', (lang) => {
  const { file, text } = starters[lang]

  it('writes a scenario that check accepts (exit 0 or 1, not 2)', () => {
    const r = runCli(['check', file, '--lang', lang])
    expect(r.stderr).not.toMatch(/^zonecast:/m)
    expect([0, 1]).toContain(r.status)
    // the header: the scenario's id, then its title after a colon (full-width in Chinese)
    expect(r.stdout).toContain(lang === 'zh' ? 'my-zone：' : 'my-zone:')
  })

  it('gives finite numbers on every path (run --json)', () => {
    const r = runCli(['run', file, '--json'])
    expect(r.status).toBe(0)
    const result = JSON.parse(r.stdout) as Record<string, Record<string, (number | null)[]>>
    for (const block of ['plan', 'model', 'region', 'indicators']) {
      for (const [name, values] of Object.entries(result[block]!)) {
        for (const v of values) if (v !== null) expect(Number.isFinite(v), `${block}.${name}`).toBe(true)
      }
    }
    // the model runs every year: output, revenue and debt have no gaps
    for (const name of ['gdp', 'fiscal_revenue', 'debt']) expect(result.model![name]!.every((v) => v !== null && Number.isFinite(v)), name).toBe(true)
  })

  it('has working levers and variants', () => {
    expect(runCli(['compare', file, '--variants']).status).toBe(0)
    const tornado = runCli(['tornado', file, '--target', 'gdp-cagr', '--json'])
    expect(tornado.status).toBe(0)
    expect((JSON.parse(tornado.stdout) as { levers: unknown[] }).levers).toHaveLength(3)
  })

  it('carries every top-level and model key of INTERFACE.md’s example', () => {
    const doc = YAML.parse(text) as Record<string, unknown>
    // history is there as a commented-out example: a starter cannot know a zone's past
    for (const key of interfaceTopKeys) {
      if (key === 'history') expect(text).toMatch(/^# history:$/m)
      else expect(Object.keys(doc), key).toContain(key)
    }
    for (const key of interfaceModelKeys) expect(Object.keys(doc.model as object), `model.${key}`).toContain(key)
    expect((doc.targets as { kind: string }[]).map((t) => t.kind)).toEqual(['cagr', 'share', 'level'])
  })

  it('explains every key in a comment beside or above it, naming the key', () => {
    const missing = unexplainedKeys(text, lang)
    expect(missing).toEqual([])
  })

  it("says its numbers are placeholders to replace with the zone's own", () => {
    expect(text).toContain(lang === 'zh' ? '請換成貴區的實際數字' : "replace with your zone's figures")
  })
})

describe('zonecast init, the file', () => {
  it('uses Chinese unit names with --lang zh and ASCII ones without', () => {
    expect(starters.zh.text).toMatch(/^money: 億元$/m)
    expect(starters.zh.text).toMatch(/investment_intensity: 300 萬元\/畝/)
    expect(starters.en.text).toMatch(/investment_intensity: 300 wanyuan\/mu/)
  })

  it('refuses to replace a file that is there, and says how to', () => {
    const cwd = mkdtempSync(join(dir, 'exists-'))
    writeFileSync(join(cwd, 'my-zone.yaml'), 'mine\n')
    const r = runCli(['init', 'my-zone'], { cwd })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('zonecast: "my-zone.yaml" is there already, so nothing was written; give another name, or --force to replace it')
    expect(readFileSync(join(cwd, 'my-zone.yaml'), 'utf8')).toBe('mine\n')
    // not even a file init wrote itself
    expect(runCli(['init', 'other'], { cwd }).status).toBe(0)
    expect(runCli(['init', 'other'], { cwd }).status).toBe(2)
  })

  it('replaces it with --force', () => {
    const cwd = mkdtempSync(join(dir, 'force-'))
    writeFileSync(join(cwd, 'my-zone.yaml'), 'mine\n')
    const r = runCli(['init', 'my-zone', '--force'], { cwd })
    expect(r.status).toBe(0)
    expect(readFileSync(join(cwd, 'my-zone.yaml'), 'utf8')).toBe(starters.en.text)
  })

  it('writes scenario.yaml without NAME, NAME.yaml with one, and prints for -', () => {
    const cwd = mkdtempSync(join(dir, 'names-'))
    expect(runCli(['init'], { cwd }).status).toBe(0)
    expect(readFileSync(join(cwd, 'scenario.yaml'), 'utf8')).toMatch(/^id: my-zone$/m)
    expect(runCli(['init', 'zones/huaxi.yml'], { cwd }).status).toBe(0)
    expect(readFileSync(join(cwd, 'zones/huaxi.yml'), 'utf8')).toMatch(/^id: huaxi$/m)
    const printed = runCli(['init', '-', '--lang', 'zh'], { cwd })
    expect(printed.status).toBe(0)
    expect(printed.stdout).toBe(starters.zh.text.replaceAll('my-zone.yaml', 'FILE'))
    expect(existsSync(join(cwd, '-'))).toBe(false)
  })

  it('quotes an id that YAML would read as a number, so the file still loads', () => {
    const cwd = mkdtempSync(join(dir, 'number-'))
    expect(runCli(['init', '2030'], { cwd }).status).toBe(0)
    expect(readFileSync(join(cwd, '2030.yaml'), 'utf8')).toMatch(/^id: "2030"$/m)
    expect([0, 1]).toContain(runCli(['check', '2030.yaml'], { cwd }).status)
  })

  it('refuses a .json name and --json with exit 2', () => {
    const r = runCli(['init', 'x.json'], { cwd: dir })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('init writes YAML, not JSON; name the file x.yaml')
    expect(runCli(['init', '-', '--json'], { cwd: dir }).status).toBe(2)
  })
})

/**
 * The keys of `text` that are not explained: each key needs a comment on its own line or in the
 * comment lines right above it, and its name must appear there or in such a comment of a key
 * that contains it (`min` inside a target is explained by the comment above `targets:`). In the
 * Chinese file the comment beside or above each key must be in Chinese.
 */
function unexplainedKeys(text: string, lang: string): string[] {
  const lineCounter = new YAML.LineCounter()
  const doc = YAML.parseDocument(text, { lineCounter })
  const commentsByLine = commentLines(text, lineCounter)
  const lines = text.split('\n')
  // the comment on line `line` (1-based) and the comment-only lines right above it
  const commentAt = (offset: number): string => {
    const line = lineCounter.linePos(offset).line
    const parts = [commentsByLine.get(line) ?? '']
    for (let l = line - 1; l >= 1 && /^\s*#/.test(lines[l - 1]!); l--) parts.push(commentsByLine.get(l) ?? '')
    return parts.join('\n')
  }
  const missing: string[] = []
  YAML.visit(doc, {
    Pair(_, pair, path) {
      if (!YAML.isScalar(pair.key) || !pair.key.range) return
      const name = String(pair.key.value)
      const own = commentAt(pair.key.range[0])
      const around = path
        .filter((p): p is Yaml.Pair<Yaml.Scalar, unknown> => YAML.isPair(p) && YAML.isScalar(p.key) && p.key.range !== undefined)
        .map((p) => commentAt(p.key.range![0]))
      const named = new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z0-9_]|$)`)
      if (own.trim() === '') missing.push(`${name}: no comment`)
      else if (![own, ...around].some((c) => named.test(c))) missing.push(`${name}: comment does not name it`)
      else if (lang === 'zh' && !/\p{Script=Han}/u.test(own)) missing.push(`${name}: comment not in Chinese`)
    }
  })
  return missing
}

// the text of each comment by its line (1-based), found in yaml's concrete syntax tree
function commentLines(text: string, lineCounter: Yaml.LineCounter): Map<number, string> {
  const byLine = new Map<number, string>()
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n)
    else if (node !== null && typeof node === 'object') {
      const token = node as { type?: string; offset?: number; source?: string }
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        byLine.set(lineCounter.linePos(token.offset).line, token.source)
      }
      for (const value of Object.values(node)) walk(value)
    }
  }
  for (const token of new YAML.Parser().parse(text)) walk(token)
  return byLine
}
