/**
 * The notebooks (notebooks/*.html, Observable Notebook Kit). Vite builds them everywhere, into a
 * temporary directory, and the build must leave no Plot, Inputs, htl or d3 import on a CDN. Where
 * Chromium is installed (/usr/bin/chromium; CI's clean machine has none), each built page is opened
 * headless from a local static server with every request that leaves localhost refused: a page
 * passes when no cell renders an error (the kit's inspector marks it `observablehq--error`), the
 * console and the page report no error, no request fails, and its charts are drawn. The levers
 * notebook must also have its sliders, and moving one must change the targets' table.
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
  it('build offline with vite: one page per notebook, Plot and Inputs bundled', () => {
    const pages = readdirSync(outDir).filter((f) => f.endsWith('.html')).sort()
    expect(pages).toEqual(Object.keys(NOTEBOOKS).map((n) => `${n}.html`).sort())
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

    for (const [name, charts] of Object.entries(NOTEBOOKS)) {
      it.skipIf(!chromiumAvailable)(`${name}.html runs every cell and draws its charts${skipReason}`, async () => {
        const opened = await open(browser, `${origin}/${name}.html`, charts)
        try {
          expect(await opened.problems()).toEqual([])
          if (process.env.ZONECAST_NOTEBOOK_SCREENSHOTS) await opened.page.screenshot({ path: join(process.env.ZONECAST_NOTEBOOK_SCREENSHOTS, `${name}.png`), fullPage: true })
        } finally {
          await opened.page.close()
        }
      }, 30_000)
    }

    it.skipIf(!chromiumAvailable)(`levers.html: moving a slider changes the targets' values and statuses${skipReason}`, async () => {
      const { page, problems } = await open(browser, `${origin}/levers.html`, NOTEBOOKS.levers)
      try {
        const sliders = (await page.evaluate('document.querySelectorAll("input[type=range]").length')) as number
        expect(sliders).toBeGreaterThanOrEqual(2)
        const before = (await page.evaluate(TARGETS_TEXT)) as string
        expect(before).toMatch(/met|missed/)
        // the first lever (Jilin's ICOR) to its low end, as a user dragging it would
        await page.evaluate(`(() => {
          const slider = document.querySelector("input[type=range]");
          slider.value = slider.min;
          slider.dispatchEvent(new Event("input", {bubbles: true}));
        })()`)
        await page.waitForFunction(`(${TARGETS_TEXT}) !== ${JSON.stringify(before)}`, { timeout: PAGE_TIMEOUT_MS })
        const after = (await page.evaluate(TARGETS_TEXT)) as string
        expect(after).toMatch(/Moved: /)
        expect(after).not.toEqual(before)
        expect(await problems()).toEqual([])
      } finally {
        await page.close()
      }
    }, 30_000)
  })
})

/** The levers notebook's summary line and targets table, as text. */
const TARGETS_TEXT = `(document.querySelector("#lever-summary")?.textContent ?? "") + "\\n" + (document.querySelector("table")?.textContent ?? "")`

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
  const drawn = `Array.from(document.querySelectorAll("main svg")).filter((s) => { const r = s.getBoundingClientRect(); return r.width > 50 && r.height > 50 }).length`
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
