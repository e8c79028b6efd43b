// Lever budgets of issue 6, in-process (computation only, the scenario loaded once):
// tornado over 10 levers and a 50 × 50 sweep of the Jilin seed (five years, land, tax holiday,
// finance) in at most 0.1 s each; solve in at most 60 model runs. Prints markdown table rows.
// Run after `pnpm install`; the TypeScript core is bundled by esbuild into node_modules/.cache.
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const REPEATS = 15
const BUDGET_S = 0.1
const SOLVE_BUDGET_RUNS = 60
const entry = `
import { readFileSync } from 'node:fs'
import { leverModel, tornado, sweep, solve } from './packages/core/src/index'
export function jilin() {
  const file = 'scenarios/jilin-2006-2010.yaml'
  return leverModel(readFileSync(file, 'utf8'), file)
}
export { tornado, sweep, solve }
`
const cache = `${root}node_modules/.cache`
mkdirSync(cache, { recursive: true })
const outfile = `${cache}/bench-levers.mjs`
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning', banner: { js: "import { createRequire as __zcRequire } from 'node:module'; const require = __zcRequire(import.meta.url);" } })
const levers = await import(pathToFileURL(outfile).href)

const model = levers.jilin()
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function time(f) {
  f() // warm-up: the first run compiles
  const times = []
  for (let i = 0; i < REPEATS; i++) {
    const t = process.hrtime.bigint()
    f()
    times.push(Number(process.hrtime.bigint() - t) / 1e9)
  }
  return { median: median(times), best: Math.min(...times) }
}
const row = (name, t) => `| ${name} | ${t.median.toFixed(4)} s | ${t.best.toFixed(4)} s | ${BUDGET_S} s | ${t.median <= BUDGET_S ? 'yes' : 'NO'} |`
const tornadoTime = time(() => levers.tornado(model, 'gdp-cagr'))
const sweepTime = time(() => levers.sweep(model, ['icor', 'infrastructure-growth'], 50))
const solved = levers.solve(model, 'industrial-va-share-2010', 'icor')
const rows = [
  row(`levers: tornado over ${model.levers.length} levers (Jilin, gdp-cagr)`, tornadoTime),
  row('levers: 50 × 50 sweep (Jilin, icor × infrastructure growth)', sweepTime),
  `| levers: solve (Jilin, industrial-va-share-2010 by icor) | ${solved.iterations} model runs | | ${SOLVE_BUDGET_RUNS} runs | ${solved.iterations <= SOLVE_BUDGET_RUNS ? 'yes' : 'NO'} |`
]
console.log(rows.join('\n'))
