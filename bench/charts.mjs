// Chart speed budgets (issue 5): an SVG chart in at most 20 ms once jsdom and Plot are loaded,
// a PNG in at most 100 ms once the font is loaded. Run after `pnpm build`; prints one Markdown
// row per figure, in bench/run.mjs's columns (benchmark, median, best, budget, within).
//
// "Within" needs every chart within the budget, not the median: each chart's time is the median
// of REPEATS renders (so one descheduling on a busy machine is not a chart's cost), and the
// worst chart is named. The first chart after loading is timed on its own: it pays, once per
// process, for V8 compiling the drawing code. The next 29, drawn once each, are timed while V8
// still optimises (on background threads, which the CPU time counts); the warm per-chart rows
// come after one more round.
//
// The chart code is TypeScript: esbuild bundles a small entry into packages/plot/node_modules/.cache,
// from where jsdom, Plot and resvg resolve as they do for @zonecast/plot itself.
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
/** Renders per chart, after a warm-up round over all charts. */
const REPEATS = 7
/** PNG renders per chart (a PNG is slower, and its spread smaller). */
const PNG_REPEATS = 5
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
    for (const kind of ['projection', 'fan', 'land', 'finance', 'targets']) for (const lang of ['en', 'zh']) out.push({ name: kind + ' ' + seed + ' ' + lang, spec: buildChartSpec([c], { kind, lang, draws: 500 }) })
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
// one render's wall time and the process's CPU time over it, in ms: on a shared machine the
// wall time also counts time spent waiting for a core, the CPU time does not
const time = (f) => {
  const cpu = process.cpuUsage()
  const t = performance.now()
  f()
  const wall = performance.now() - t
  const used = process.cpuUsage(cpu)
  return { wall, cpu: (used.user + used.system) / 1000 }
}
// each chart's median wall and CPU time over `repeats` renders
const perChart = (items, repeats, f) =>
  items.map((item) => {
    const runs = Array.from({ length: repeats }, () => time(() => f(item)))
    return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) }
  })

const load = `${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the start`
let t = performance.now()
const renderer = await charts.loadChartRenderer()
const loadMs = performance.now() - t
process.chdir(root)
const specs = charts.specs()
const svgs = []
const firstSvg = time(() => svgs.push(renderer.svg(specs[0].spec)))
const warmUp = specs.slice(1).map(({ spec }) => time(() => svgs.push(renderer.svg(spec))))
// one more round, untimed, for V8 to finish optimising before the warm rows
for (const { spec } of specs) renderer.svg(spec)
const svgTimes = perChart(specs, REPEATS, ({ spec }) => renderer.svg(spec))

t = performance.now()
const png = await charts.loadPngRenderer()
png.png(svgs[0])
const firstPngMs = performance.now() - t
for (const svg of svgs.slice(1)) png.png(svg)
const pngTimes = perChart(svgs, PNG_REPEATS, (svg) => png.png(svg))

const verdict = (worst, m, budget) => (worst <= budget ? 'yes' : m <= budget ? 'median only' : 'NO')
const row = (name, times, budget) => {
  const walls = times.map((x) => x.wall)
  const m = median(walls)
  const worst = Math.max(...walls)
  // `times` may leave out the first charts (the warm-up row starts at the second)
  const which = specs[walls.indexOf(worst) + specs.length - times.length].name
  const cpus = times.map((x) => x.cpu)
  return `| ${name} (${times.length} charts; worst ${ms(worst)}, ${which}; CPU time median ${ms(median(cpus))}, worst ${ms(Math.max(...cpus))}) | ${ms(m)} | ${ms(Math.min(...walls))} | ${ms(budget)} | ${verdict(worst, m, budget)} |`
}
const once = (name, t, budget) => `| ${name} | ${ms(t)} | | ${budget === null ? '–' : ms(budget)} | ${budget === null ? '' : verdict(t, t, budget)} |`
console.log(once(`charts: loading jsdom and Observable Plot (once per process; ${load})`, loadMs, null))
console.log(once(`charts: first SVG after loading (V8 compiles the drawing code; once per process; CPU time ${ms(firstSvg.cpu)})`, firstSvg.wall, SVG_BUDGET_MS))
console.log(row('charts: SVG, charts 2–30 after loading, each drawn once (V8 still optimising)', warmUp, SVG_BUDGET_MS))
console.log(row('charts: SVG per chart after jsdom is loaded, warm (5 kinds × 3 seeds × 2 languages)', svgTimes, SVG_BUDGET_MS))
console.log(once('charts: loading resvg, HarfBuzz and the font, and the first PNG (once per process)', firstPngMs, null))
console.log(row('charts: PNG per chart after the font is loaded (2× size, font subset per chart)', pngTimes, PNG_BUDGET_MS))
