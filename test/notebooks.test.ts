/**
 * The notebooks (notebooks/*.html, Observable Notebook Kit, and their Chinese twins in
 * notebooks/zh/). Vite builds them everywhere, into a temporary directory, and the build must leave
 * no Plot, Inputs, htl or d3 import on a CDN. Where Chromium is installed (/usr/bin/chromium; CI's
 * clean machine has none), each built page is opened headless from a local static server with
 * every request that leaves localhost refused: a page passes when no cell renders an error (the
 * kit's inspector marks it `observablehq--error`), the console and the page report no error, no
 * request fails, its charts are drawn, and it links to its twin in the other language. A Chinese
 * page's charts must be in Chinese: each has an SVG text with a Chinese character, and no chart's
 * text (titles, axes, legends, captions) has an English word. The levers notebook, in both
 * languages, must also have its sliders, and moving one must change the targets' table.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import puppeteer from 'puppeteer-core'
import type { Browser, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from './support/run-cli'

const CHROMIUM = '/usr/bin/chromium'
const chromiumAvailable = existsSync(CHROMIUM)
const skipReason = chromiumAvailable ? '' : ` (skipped: ${CHROMIUM} not found)`
const notebooksDir = join(repoRoot, 'notebooks')
const viteBin = join(notebooksDir, 'node_modules', 'vite', 'bin', 'vite.js')

/** Each notebook and the charts it must draw (Plot SVGs of non-zero size), at least. */
const NOTEBOOKS = { jilin: 5, huainan: 3, tengzhou: 5, levers: 2 } as const

/** The languages of the notebooks, and the folder of notebooks/ (and of the build) each is in. */
const LANGUAGES = { en: '', zh: 'zh/' } as const
type Language = keyof typeof LANGUAGES

/** A built page: a notebook in one language, and where its twin in the other language is. */
interface NotebookPage {
  name: keyof typeof NOTEBOOKS
  lang: Language
  /** the page's path in the build, e.g. `zh/jilin.html` */
  path: string
  /** its twin's path in the build, e.g. `jilin.html` */
  twin: string
  charts: number
}

const PAGES: readonly NotebookPage[] = (Object.keys(NOTEBOOKS) as (keyof typeof NOTEBOOKS)[]).flatMap((name) =>
  (Object.keys(LANGUAGES) as Language[]).map((lang) => ({
    name,
    lang,
    path: `${LANGUAGES[lang]}${name}.html`,
    twin: `${LANGUAGES[lang === 'en' ? 'zh' : 'en']}${name}.html`,
    charts: NOTEBOOKS[name]
  }))
)

/** How the levers notebook's summary and table say a target's status, and that a lever was moved. */
const LEVER_WORDS: Record<Language, { status: RegExp; moved: RegExp }> = {
  en: { status: /met|missed/, moved: /Moved: / },
  zh: { status: /達成|未達成/, moved: /已調整：/ }
}

/** A Chinese character (CJK unified ideographs, with extension A). */
const CJK = /[\u3400-\u9fff]/

/** An English word in a chart's text: three Latin letters in a row (`p5`, `km` and numbers pass). */
const ENGLISH_WORD = /[A-Za-z]{3,}/

/** How long a page may take to run its cells: the Jilin page runs 4,000 Monte Carlo draws. */
const PAGE_TIMEOUT_MS = 15_000

/** Time left for the cells after the last chart to run before the page is inspected. */
const SETTLE_MS = 300

/** The CDN imports the build must resolve to installed packages (vite.config.js). */
const MUST_BE_LOCAL = /https:\/\/cdn\.jsdelivr\.net\/npm\/(@observablehq\/plot|@observablehq\/inputs|htl|d3)(@[^/]*)?\/\+esm/

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.json': 'application/json' }

let outDir: string

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'zonecast-notebooks-'))
  await viteBuild(outDir)
}, 90_000)

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

describe('notebooks', () => {
  it('build offline with vite: one page per notebook and language, Plot and Inputs bundled', () => {
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort()
    expect(pages).toEqual(PAGES.map((p) => p.path).sort())
    const assets = join(outDir, 'assets')
    for (const f of [...pages.map((p) => join(outDir, p)), ...readdirSync(assets).filter((f) => /\.(js|css)$/.test(f)).map((f) => join(assets, f))]) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(MUST_BE_LOCAL)
    }
  })

  describe('in headless Chromium, offline', () => {
    let browser: Browser
    let server: Server
    let origin: string
    let userDataDir: string

    beforeAll(async () => {
      if (!chromiumAvailable) return
      server = await serve(outDir)
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      userDataDir = mkdtempSync(join(tmpdir(), 'zonecast-chromium-'))
      browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${userDataDir}`]
      })
    }, 30_000)

    afterAll(async () => {
      await browser?.close()
      server?.close()
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true })
    })

    for (const { lang, path, twin, charts } of PAGES) {
      it.skipIf(!chromiumAvailable)(`${path} runs every cell, draws its charts${lang === 'zh' ? ' in Chinese' : ''} and links to ${twin}${skipReason}`, async () => {
        const opened = await open(browser, `${origin}/${path}`, charts)
        try {
          expect(await opened.problems()).toEqual([])
          expect(await opened.page.evaluate(linkTo(twin))).toBe(`${origin}/${twin}`)
          if (lang === 'zh') {
            const cells = (await opened.page.evaluate(CHART_CELLS)) as ChartCell[]
            expect(cells.reduce((n, c) => n + c.charts, 0)).toBeGreaterThanOrEqual(charts)
            for (const cell of cells) {
              expect(cell.chineseCharts, `${cell.id}: charts with an SVG text in Chinese`).toBe(cell.charts)
              expect(cell.text, `${cell.id}: chart text`).toMatch(CJK)
              expect(cell.text, `${cell.id}: chart text`).not.toMatch(ENGLISH_WORD)
            }
          }
          if (process.env.ZONECAST_NOTEBOOK_SCREENSHOTS) await opened.page.screenshot({ path: join(process.env.ZONECAST_NOTEBOOK_SCREENSHOTS, `${path.replace('/', '-').replace('.html', '')}.png`), fullPage: true })
        } finally {
          await opened.page.close()
        }
      }, 30_000)
    }

    for (const lang of Object.keys(LANGUAGES) as Language[]) {
      const path = `${LANGUAGES[lang]}levers.html`
      it.skipIf(!chromiumAvailable)(`${path}: moving a slider changes the targets' values and statuses${skipReason}`, async () => {
        const { page, problems } = await open(browser, `${origin}/${path}`, NOTEBOOKS.levers)
        try {
          const sliders = (await page.evaluate('document.querySelectorAll("input[type=range]").length')) as number
          expect(sliders).toBeGreaterThanOrEqual(2)
          const before = (await page.evaluate(TARGETS_TEXT)) as string
          expect(before).toMatch(LEVER_WORDS[lang].status)
          // the first lever (Jilin's ICOR) to its low end, as a user dragging it would
          await page.evaluate(`(() => {
            const slider = document.querySelector("input[type=range]");
            slider.value = slider.min;
            slider.dispatchEvent(new Event("input", {bubbles: true}));
          })()`)
          await page.waitForFunction(`(${TARGETS_TEXT}) !== ${JSON.stringify(before)}`, { timeout: PAGE_TIMEOUT_MS })
          const after = (await page.evaluate(TARGETS_TEXT)) as string
          expect(after).toMatch(LEVER_WORDS[lang].moved)
          expect(after).not.toEqual(before)
          expect(await problems()).toEqual([])
        } finally {
          await page.close()
        }
      }, 30_000)
    }
  })
})

/** The levers notebook's summary line and targets table, as text. */
const TARGETS_TEXT = `(document.querySelector("#lever-summary")?.textContent ?? "") + "\\n" + (document.querySelector("table")?.textContent ?? "")`

/** Whether an SVG is a drawn chart, not a legend's swatch: a predicate for the page, `(svg) => boolean`. */
const IS_CHART = `(svg) => { const r = svg.getBoundingClientRect(); return r.width > 50 && r.height > 50 }`

/** The href a page's link to `twin` resolves to (null without one): a script for the page. */
function linkTo(twin: string): string {
  const file = twin.split('/').at(-1) ?? twin
  return `Array.from(document.querySelectorAll("main a[href]"), (a) => a.href).find((href) => href.endsWith(${JSON.stringify(`/${file}`)})) ?? null`
}

/** A cell that draws charts: how many, how many of them have an SVG text in Chinese, and all its visible text. */
interface ChartCell {
  id: string
  charts: number
  chineseCharts: number
  text: string
}

/** Every cell of the page that draws a chart, as `ChartCell`s: a script for the page. */
const CHART_CELLS = `Array.from(document.querySelectorAll("main .observablehq--cell")).map((cell) => {
  const charts = Array.from(cell.querySelectorAll("svg")).filter(${IS_CHART});
  const chinese = charts.filter((svg) => Array.from(svg.querySelectorAll("text"), (t) => t.textContent).some((t) => ${CJK}.test(t)));
  return {id: cell.id, charts: charts.length, chineseCharts: chinese.length, text: cell.innerText};
}).filter((cell) => cell.charts > 0)`

/** Runs `vite build` on notebooks/ into `dir` (the config's own outDir is dist/). */
function viteBuild(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], { cwd: notebooksDir, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}:\n${output}`))))
  })
}

/** A static file server for `root` on a free port of 127.0.0.1. */
async function serve(root: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname))
    // browsers ask for a favicon the notebooks do not have
    if (path === '/favicon.ico') return void res.writeHead(204).end()
    try {
      const body = await readFile(join(root, path))
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

/**
 * Opens `url` with requests off localhost refused, and waits until it has drawn `charts` charts.
 * `problems()` lists what went wrong so far: refused or failed requests, console errors, page
 * errors, and cells showing an error.
 */
async function open(browser: Browser, url: string, charts: number): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.newPage()
  await page.setViewport({ width: 1000, height: 800 })
  const found: string[] = []
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url())
    if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1') void request.continue()
    else {
      found.push(`request off localhost refused: ${request.url()}`)
      void request.abort()
    }
  })
  page.on('requestfailed', (request) => found.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`))
  page.on('console', (message) => {
    if (message.type() === 'error') found.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => found.push(`page error: ${error instanceof Error ? error.message : String(error)}`))
  await page.goto(url, { waitUntil: 'load' })
  const drawn = `Array.from(document.querySelectorAll("main svg")).filter(${IS_CHART}).length`
  try {
    await page.waitForFunction(`(${drawn}) >= ${charts} || document.querySelector(".observablehq--error") !== null`, { timeout: PAGE_TIMEOUT_MS })
  } catch {
    found.push(`fewer than ${charts} charts drawn within ${PAGE_TIMEOUT_MS} ms (${await page.evaluate(drawn)} drawn)`)
  }
  // cells after the last chart (prose with numbers) settle within a few frames
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  const cellErrors = async () => (await page.evaluate(`Array.from(document.querySelectorAll(".observablehq--error"), (e) => e.textContent)`)) as string[]
  return {
    page,
    problems: async () => [...found, ...(await cellErrors()).map((e) => `cell error: ${e}`)]
  }
}
