// Chart speed budgets (issue 5): an SVG chart in at most 20 ms once jsdom and Plot are loaded,
// a PNG in at most 100 ms once the font is found. Run after `pnpm build`; prints one Markdown row
// per figure, in bench/run.mjs's columns (benchmark, median, best, budget, within).
//
// The chart code is TypeScript: esbuild bundles a small entry into packages/plot/node_modules/.cache,
// from where jsdom, Plot and resvg resolve as they do for @zonecast/plot itself.
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
/** Renders per chart, after a first warm-up render. */
const REPEATS = 7
const SVG_BUDGET_MS = 20
const PNG_BUDGET_MS = 100

const entry = `
import { readFileSync } from 'node:fs'
import { loadScenario } from './packages/core/src/index'
import { loadChartRenderer, loadPngRenderer } from './packages/plot/src/index'
import { buildChartSpec } from './packages/cli/src/chart/build-chart-spec'
import { chartScenario } from './packages/cli/src/chart/chart-scenario'
export { loadChartRenderer, loadPngRenderer }
export function specs() {
  const out = []
  for (const seed of ['jilin-2006-2010', 'tengzhou-2010', 'huainan-2010']) {
    const file = 'scenarios/' + seed + '.yaml'
    const c = chartScenario(file, loadScenario(readFileSync(file, 'utf8'), file))
    for (const kind of ['projection', 'fan', 'land', 'finance', 'targets']) for (const lang of ['en', 'zh']) out.push(buildChartSpec([c], { kind, lang, draws: 500 }))
  }
  return out
}
`
const cache = `${root}packages/plot/node_modules/.cache`
mkdirSync(cache, { recursive: true })
const outfile = `${cache}/bench-charts.mjs`
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'warning',
  external: ['jsdom', '@observablehq/plot', '@resvg/resvg-js'],
  banner: { js: "import { createRequire as __zcRequire } from 'node:module'; const require = __zcRequire(import.meta.url);" }
})
const charts = await import(pathToFileURL(outfile).href)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (t) => `${t.toFixed(1)} ms`

let t = performance.now()
const renderer = await charts.loadChartRenderer()
const loadMs = performance.now() - t
process.chdir(root)
const specs = charts.specs()
const svgTimes = []
const svgs = []
for (const spec of specs) {
  svgs.push(renderer.svg(spec))
  const times = []
  for (let i = 0; i < REPEATS; i++) {
    t = performance.now()
    renderer.svg(spec)
    times.push(performance.now() - t)
  }
  svgTimes.push(median(times))
}
const png = await charts.loadPngRenderer()
png.png(svgs[0])
const pngTimes = []
for (const svg of svgs) {
  const times = []
  for (let i = 0; i < 3; i++) {
    t = performance.now()
    png.png(svg)
    times.push(performance.now() - t)
  }
  pngTimes.push(median(times))
}
const row = (name, times, budget) => {
  const m = median(times)
  return `| ${name} | ${ms(m)} | ${ms(Math.min(...times))} | ${budget === null ? '–' : ms(budget)} | ${budget === null ? '' : Math.max(...times) <= budget ? 'yes' : m <= budget ? 'median only' : 'NO'} |`
}
console.log(`| charts: loading jsdom and Observable Plot (once per process) | ${ms(loadMs)} | | – | |`)
console.log(row(`charts: SVG per chart after jsdom is loaded (${specs.length} charts: 5 kinds × 3 seeds × 2 languages; worst ${ms(Math.max(...svgTimes))})`, svgTimes, SVG_BUDGET_MS))
console.log(row(`charts: PNG per chart after the font is found (same charts, 2× size; worst ${ms(Math.max(...pngTimes))})`, pngTimes, PNG_BUDGET_MS))
