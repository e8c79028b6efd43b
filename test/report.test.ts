/**
 * End-to-end: `zonecast report` as a user runs it (the bundled CLI in a child process) on the
 * three seed scenarios in both languages: the files, what the Markdown and the HTML contain, the
 * exit codes of bad input (nothing written), and the HTML in headless Chromium — offline, every
 * chart drawn, no console error, printable to an A4 PDF.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import puppeteer from 'puppeteer-core'
import type { Browser } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot, runCli } from './support/run-cli'

const dir = mkdtempSync(join(tmpdir(), 'zonecast-report-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const CHROMIUM = '/usr/bin/chromium'
const chromiumAvailable = existsSync(CHROMIUM)
const skipReason = chromiumAvailable ? '' : ` (skipped: no browser at ${CHROMIUM}; install chromium to run it)`
/** A report runs the Monte Carlo, every chart and jsdom: several seconds on a busy 2-core machine. */
const REPORT_TIMEOUT_MS = 60_000

const seeds = ['jilin-2006-2010', 'tengzhou-2010', 'huainan-2010'] as const
/** Charts each seed's report draws: all three have targets, a land and a finance block, levers and variants (scenarios/*.yaml). */
const charts = ['targets', 'projection', 'fan', 'land', 'finance', 'tornado', 'compare']

/** What `zonecast check --json --draws 2000` says of a seed: the source of every expected id, code and probability below. */
interface CheckJson {
  targets: { id: string; probability: { value: number } | null }[]
  findings: { code: string; message: string; parameter?: string; [field: string]: unknown }[]
}
const checked = new Map<string, CheckJson>()
function checkJson(seed: string): CheckJson {
  if (!checked.has(seed)) {
    const r = runCli(['check', `scenarios/${seed}.yaml`, '--json', '--draws', '2000'])
    checked.set(seed, JSON.parse(r.stdout) as CheckJson)
  }
  return checked.get(seed)!
}

/** The number of cells of a GFM table row: pipes not escaped by a backslash, less one. */
function cellCount(row: string): number {
  return row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2
}

/** Splits Markdown into its tables (runs of `|` lines). */
function tablesOf(md: string): string[][] {
  const out: string[][] = []
  let run: string[] = []
  for (const line of [...md.split('\n'), '']) {
    if (line.startsWith('|')) run.push(line)
    else if (run.length > 0) {
      out.push(run)
      run = []
    }
  }
  return out
}

/** A section of report.md by its heading, up to the next one. */
function sectionOf(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`)
  expect(start, heading).toBeGreaterThanOrEqual(0)
  const end = md.indexOf('\n## ', start + 1)
  return md.slice(start, end < 0 ? undefined : end)
}

/** Keys of a finding (`check --json`) whose values are identifiers a message quotes: series, targets, parameters. */
const IDENTIFIER_KEYS = ['series', 'region_series', 'target', 'parameter', 'real_series', 'nominal_series']

/**
 * The ASCII words of four letters or more in a Markdown section once its code spans, the
 * identifiers its findings quote (IDENTIFIER_KEYS and part names) and the scenario keys the
 * messages and the advice name in parentheses are taken out.
 */
function englishWords(section: string, findings: CheckJson['findings']): string[] {
  const quoted = new Set(['zonecast', 'inflation', 'series', 'prices'])
  for (const f of findings) {
    for (const key of IDENTIFIER_KEYS) for (const v of [f[key]].flat()) if (typeof v === 'string') quoted.add(v)
    if (typeof f.parts === 'object' && f.parts !== null) for (const name of Object.keys(f.parts)) quoted.add(name)
  }
  let text = section.replace(/`[^`\n]*`/g, ' ').replace(/\\(.)/g, '$1')
  for (const id of [...quoted].sort((a, b) => b.length - a.length)) text = text.split(id).join(' ')
  return text.match(/[A-Za-z]{4,}/g) ?? []
}

/** src or href attributes that would fetch from the network (`http://`, `https://`, `//host`). */
const REMOTE_RESOURCE = /\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i

describe('zonecast report', () => {
  for (const seed of seeds) {
    for (const lang of ['en', 'zh'] as const) {
      it(
        `${seed} --lang ${lang}: report.md, report.html and every chart, with every target, finding and default`,
        () => {
          const out = join(dir, `${seed}-${lang}`)
          const r = runCli(['report', `scenarios/${seed}.yaml`, '--out', out, '--lang', lang])
          expect(r.stderr).not.toContain('    at ')
          expect(r.status, r.stderr).toBe(0)
          expect(r.stdout).toBe('')
          const names = readdirSync(out).filter((f) => !f.startsWith('.'))
          expect(names.sort()).toEqual(['report.html', 'report.md', ...charts.map((c) => `${c}.svg`)].sort())
          const md = readFileSync(join(out, 'report.md'), 'utf8')
          const html = readFileSync(join(out, 'report.html'), 'utf8')
          const check = checkJson(seed)

          for (const t of check.targets) expect(md, t.id).toContain(`\`${t.id}\``)
          for (const f of check.findings) expect(md, f.code).toContain(`\`${f.code}\``)
          // the assumptions table marks each parameter check reports as default-assumed
          const defaults = check.findings.filter((f) => f.code === 'default-assumed').map((f) => f.parameter!)
          expect(defaults.length).toBeGreaterThan(0)
          const mark = lang === 'zh' ? '**默認值**' : '**DEFAULT**'
          for (const p of defaults) expect(md.split('\n').find((l) => l.startsWith(`| \`${p}\` |`)) ?? `no row for ${p}`).toContain(mark)

          // every chart linked by its relative path, and present
          for (const c of charts) {
            expect(md).toContain(`](${c}.svg)`)
            expect(readFileSync(join(out, `${c}.svg`), 'utf8')).toMatch(/^<\?xml[^>]*\?>\n<svg /)
          }
          // valid GFM tables: header, a rule of --- / --: cells, rows with as many cells
          const tables = tablesOf(md)
          expect(tables.length).toBeGreaterThanOrEqual(4)
          for (const t of tables) {
            expect(t[1], t[0]).toMatch(/^\| (?:---|--:)(?: \| (?:---|--:))* \|$/)
            for (const row of t) expect(cellCount(row), row).toBe(cellCount(t[0]!))
          }

          // the HTML: one inline <svg> per chart, no remote resource, scenario text escaped
          expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
          expect(html.match(/<svg /g)?.length).toBe(charts.length)
          expect(html).not.toMatch(REMOTE_RESOURCE)
          expect(html).not.toContain('<?xml')
          expect(html).toContain('@page')
          if (lang === 'zh') {
            for (const text of [md, html]) {
              expect(text).toContain('億元')
              expect(text).toContain('平方公里')
            }
            expect(md).toContain('## 目標\n')
            // the findings written in Chinese from their fields: no message of check's, no English word
            const findings = sectionOf(md, '檢查發現')
            const unescaped = findings.replace(/\\(.)/g, '$1')
            for (const f of check.findings) expect(unescaped, f.code).not.toContain(f.message.split('. ')[0])
            expect(englishWords(findings, check.findings)).toEqual([])
            expect(html).toContain('<h2>目標</h2>')
            expect(html).toContain('<html lang="zh-Hant">')
          } else {
            expect(md).toContain('## Targets\n')
            expect(html).toContain('<h2>Targets</h2>')
          }
        },
        REPORT_TIMEOUT_MS
      )
    }
  }

  it(
    'gives each target the probability of check --draws 2000 with the same seed',
    () => {
      const md = readFileSync(join(dir, 'jilin-2006-2010-en', 'report.md'), 'utf8')
      for (const t of checkJson('jilin-2006-2010').targets) {
        const row = md.split('\n').find((l) => l.startsWith(`| \`${t.id}\` |`))!
        // the probability column, as check prints it: one decimal in percent
        expect(row.split(' | ')[5], t.id).toBe(`${(t.probability!.value * 100).toFixed(1)}%`)
      }
    },
    REPORT_TIMEOUT_MS
  )

  it(
    'marks calibrated values and --set values, and repeats byte for byte',
    () => {
      const text = readFileSync(join(repoRoot, 'scenarios/jilin-2006-2010.yaml'), 'utf8')
      // the comment `calibrate --write-scenario` writes (packages/core/src/history/calibrated-scenario.ts)
      const calibrated = text.replace(/^( {2}growth_shock_sd: 0\.033) +#.*$/m, "$1 # calibrated: sd of gdp's log growth, 2000–2010 (test)")
      expect(calibrated).not.toBe(text)
      const file = join(dir, 'calibrated.yaml')
      writeFileSync(file, calibrated)
      const args = ['report', file, '--out', join(dir, 'calibrated'), '--set', 'model.gestation_years=2', '--draws', '500', '--quiet']
      expect(runCli(args).status).toBe(0)
      const md = readFileSync(join(dir, 'calibrated', 'report.md'), 'utf8')
      const row = (p: string) => md.split('\n').find((l) => l.startsWith(`| \`${p}\` |`))!
      expect(row('model.growth_shock_sd')).toContain("| **CALIBRATED** | sd of gdp's log growth, 2000–2010 (test) |")
      expect(row('model.gestation_years')).toContain('| 2 years | command line | `--set model.gestation_years=2` |')
      expect(md).toContain('- **Changed on the command line**: `--set model.gestation_years=2`')
      const first = readFileSync(join(dir, 'calibrated', 'report.html'))
      expect(runCli(args).status).toBe(0)
      expect(readFileSync(join(dir, 'calibrated', 'report.html')).equals(first)).toBe(true)
    },
    REPORT_TIMEOUT_MS
  )

  it('refuses bad input with exit 2 and a located message, leaving --out as it was', () => {
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, readFileSync(join(repoRoot, 'scenarios/tengzhou-2010.yaml'), 'utf8').replace('kind: growth, series: industrial_output', 'kind: growht, series: industrial_output'))
    const asFile = join(dir, 'a-file.txt')
    writeFileSync(asFile, 'not a folder\n')
    const existing = join(dir, 'existing')
    mkdirSync(existing, { recursive: true })
    writeFileSync(join(existing, 'keep.txt'), 'mine\n')
    const missing = join(dir, 'never-created')
    const tengzhou = 'scenarios/tengzhou-2010.yaml'
    const cases: [string[], string, string][] = [
      [['report', bad, '--out', missing], 'targets[0].kind: unknown target kind "growht"', missing],
      [['report', tengzhou, '--out', asFile], `--out "${asFile}" is a file`, asFile],
      [['report', tengzhou, '--out', existing, '--draws', '0'], '--draws: 0 is not a positive whole number of draws', existing],
      [['report', tengzhou, '--out', existing, '--draws', '2.5'], '--draws: 2.5 is not a positive whole number of draws', existing],
      [['report', tengzhou, '--out', missing, '--seed', '-1'], '--seed: -1 is not a seed', missing],
      [['report', tengzhou, '--out', existing, '--set', 'model.capital_outpt_ratio=3'], 'did you mean "capital_output_ratio"?', existing],
      [['report', 'scenarios/nope.yaml', '--out', missing], 'scenarios/nope.yaml', missing],
      [['report', tengzhou], 'zonecast: missing --out', missing],
      [['report', tengzhou, '--out', missing, '--json'], 'report writes its files into --out and prints nothing; drop --json', missing]
    ]
    for (const [args, message, out] of cases) {
      const before = existsSync(out) ? listing(out) : null
      const r = runCli(args)
      expect(r.status, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toContain(message)
      expect(r.stderr).not.toContain('    at ')
      expect(existsSync(out) ? listing(out) : null, args.join(' ')).toEqual(before)
    }
    expect(readFileSync(asFile, 'utf8')).toBe('not a folder\n')
  }, REPORT_TIMEOUT_MS)

  describe('report.html in headless Chromium, offline', () => {
    let browser: Browser
    let userDataDir: string

    beforeAll(async () => {
      if (!chromiumAvailable) return
      userDataDir = mkdtempSync(join(tmpdir(), 'zonecast-chromium-'))
      browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${userDataDir}`]
      })
    }, REPORT_TIMEOUT_MS)

    afterAll(async () => {
      await browser?.close()
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true })
    })

    for (const lang of ['en', 'zh'] as const) {
      it.skipIf(!chromiumAvailable)(
        `jilin --lang ${lang}: no request leaves file://, every chart has a size, no console error, prints to A4${skipReason}`,
        async () => {
          const out = join(dir, `jilin-2006-2010-${lang}`)
          if (!existsSync(join(out, 'report.html'))) expect(runCli(['report', 'scenarios/jilin-2006-2010.yaml', '--out', out, '--lang', lang, '--quiet']).status).toBe(0)
          const page = await browser.newPage()
          const remote: string[] = []
          const errors: string[] = []
          try {
            await page.setRequestInterception(true)
            page.on('request', (request) => {
              if (request.url().startsWith('file://')) void request.continue()
              else {
                remote.push(request.url())
                void request.abort()
              }
            })
            page.on('console', (m) => {
              if (m.type() === 'error') errors.push(m.text())
            })
            page.on('pageerror', (e) => errors.push(String(e)))
            await page.setViewport({ width: 1000, height: 900 })
            await page.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'load' })
            const sizes = (await page.evaluate(`[...document.querySelectorAll('figure > svg')].map((s) => { const r = s.getBoundingClientRect(); return [r.width, r.height] })`)) as [number, number][]
            expect(sizes).toHaveLength(charts.length)
            for (const [w, h] of sizes) {
              expect(w).toBeGreaterThan(0)
              expect(h).toBeGreaterThan(0)
            }
            if (process.env.ZONECAST_REPORT_SCREENSHOTS) await page.screenshot({ path: join(process.env.ZONECAST_REPORT_SCREENSHOTS, `report-${lang}.png`), fullPage: true })
            const pdf = await page.pdf({ format: 'A4', printBackground: true })
            expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
            expect(remote).toEqual([])
            expect(errors).toEqual([])
          } finally {
            await page.close()
          }
        },
        REPORT_TIMEOUT_MS
      )
    }
  })
})

// a folder's entries and each file's bytes (or a file's own bytes), to see that nothing changed
function listing(path: string): Record<string, string> | string {
  if (!statSync(path).isDirectory()) return readFileSync(path, 'latin1')
  return Object.fromEntries(readdirSync(path).map((f) => [f, readFileSync(join(path, f), 'latin1')]))
}
