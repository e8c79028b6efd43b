// One model run and its peers (issue 9 item 5), in-process, the scenario loaded once:
// - `run` (plan path, model path, indicators) and `check` of the Jilin seed; no budget of their
//   own — they are what every command and every Monte Carlo draw is made of;
// - the closed-form scenario (a) of simulate.test.ts, core's test-support/shock-only-scenario.ts (output grows by incumbent growth e and the
//   growth shock σ alone): zonecast's Monte Carlo of 100,000 draws against numpy doing the same
//   draws vectorised (python3-numpy, if installed) and against the closed form
//   P = Φ((n·ln((1+e)/(1+g)) − n·σ²/2)/(σ·√n)), with the ratios. numpy computes one series' 7
//   quantiles per year and the probability; zonecast every series and indicator (18) per year.
// Prints markdown table rows: benchmark | median | best | budget | within.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const REPEATS = 15
const entry = `
export { loadScenario, realiseScenario, runScenario, checkScenario, simulate } from './packages/core/src/index'
export { SHOCK_ONLY_YEARS, shockOnlyScenario } from './packages/core/src/test-support/shock-only-scenario'
`
const cache = `${root}node_modules/.cache`
mkdirSync(cache, { recursive: true })
const outfile = `${cache}/bench-model.mjs`
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning', banner: { js: "import { createRequire as __zcRequire } from 'node:module'; const require = __zcRequire(import.meta.url);" } })
const core = await import(pathToFileURL(outfile).href)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
// median and best of REPEATS timed calls of f, after one untimed call (compilation)
function time(f, repeats = REPEATS) {
  f()
  const times = []
  for (let i = 0; i < repeats; i++) {
    const t = process.hrtime.bigint()
    f()
    times.push(Number(process.hrtime.bigint() - t) / 1e9)
  }
  return { median: median(times), best: Math.min(...times) }
}
const secs = (s) => (s < 0.01 ? `${(s * 1000).toFixed(3)} ms` : `${s.toFixed(3)} s`)
const row = (name, t, note = '') => `| ${name}${note ? ` ${note}` : ''} | ${secs(t.median)} | ${secs(t.best)} | – | |`

const jilinFile = 'scenarios/jilin-2006-2010.yaml'
const jilin = core.loadScenario(readFileSync(`${root}${jilinFile}`, 'utf8'), jilinFile)
const realised = core.realiseScenario(jilin)
// a batch of runs per timing, so that the clock's resolution does not matter
const RUN_BATCH = 100
const run = time(() => {
  for (let i = 0; i < RUN_BATCH; i++) core.runScenario(realised)
})
console.log(row('one model run of the Jilin seed (`run`: plan and model paths, indicators)', { median: run.median / RUN_BATCH, best: run.best / RUN_BATCH }))
const check = time(() => core.checkScenario(jilin))
console.log(row('`check` of the Jilin seed, computation (targets, findings, requirements)', check))

// the closed-form scenario (a): e = 8%, g = 10%, σ = 5%, n = 5
const e = 0.08
const g = 0.1
const sigma = 0.05
const n = core.SHOCK_ONLY_YEARS
const DRAWS = 100_000
const closed = core.loadScenario(core.shockOnlyScenario(e, sigma, g), 'a.yaml')
let p = NaN
const mc = time(() => (p = core.simulate(closed, { draws: DRAWS, seed: 1 }).targets[0].probability), 5)
console.log(row(`Monte Carlo, closed-form scenario (a), ${DRAWS.toLocaleString('en-US')} draws: zonecast`, mc, `(P = ${p.toFixed(4)})`))

// Φ by the Abramowitz–Stegun 7.1.26 erf (|error| < 1.5e-7), enough for a timing row
const phi = (x) => {
  const z = Math.abs(x) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * z)
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-z * z)
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2
}
let exact = NaN
const CLOSED_BATCH = 10_000
const cf = time(() => {
  for (let i = 0; i < CLOSED_BATCH; i++) exact = phi((n * Math.log((1 + e) / (1 + g)) - (n * sigma * sigma) / 2) / (sigma * Math.sqrt(n)))
})
console.log(row('closed form of (a): Φ(…) once', { median: cf.median / CLOSED_BATCH, best: cf.best / CLOSED_BATCH }, `(P = ${exact.toFixed(4)}; Monte Carlo / closed form = ${(mc.median / (cf.median / CLOSED_BATCH)).toExponential(1)})`))

// numpy: the same draws vectorised, the gdp path's quantiles per year and the probability
const py = `
import time, numpy as np
e, g, s, n, N = ${e}, ${g}, ${sigma}, ${n}, ${DRAWS}
def once():
    rng = np.random.default_rng(1)
    z = rng.standard_normal((N, n))
    path = 100 * np.exp(np.cumsum(np.log1p(e) + s * z - s * s / 2, axis=1))
    q = np.quantile(path, [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95], axis=0)
    m = path.mean(axis=0)
    return np.mean(path[:, -1] >= 100 * (1 + g) ** n)
once()
ts = []
for _ in range(5):
    t = time.perf_counter(); p = once(); ts.append(time.perf_counter() - t)
ts.sort()
print(ts[len(ts) // 2], ts[0], p)
`
const numpy = spawnSync('python3', ['-c', py], { encoding: 'utf8' })
if (numpy.status === 0) {
  const [med, best, pn] = numpy.stdout.trim().split(/\s+/).map(Number)
  console.log(row(`Monte Carlo, closed-form scenario (a), ${DRAWS.toLocaleString('en-US')} draws: numpy ${spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], { encoding: 'utf8' }).stdout.trim()}`, { median: med, best }, `(P = ${pn.toFixed(4)}; zonecast / numpy = ${(mc.median / med).toFixed(2)})`))
} else {
  console.log('| Monte Carlo, closed-form scenario (a): numpy | not run: python3-numpy is not installed (sudo apt-get install python3-numpy) | | – | |')
}
