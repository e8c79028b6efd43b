// `pnpm bench`: every budgeted figure of the issues, measured on this machine, as a table.
// Run after `pnpm build`. Each benchmark prints its median over repeated runs and its budget.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = fileURLToPath(new URL('../packages/cli/bin/zonecast.js', import.meta.url))
/** Repeats per benchmark: enough for a stable median on a 2-core machine. */
const REPEATS = 15

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** Wall time of a fresh process, in seconds: median and best of REPEATS. */
function timeProcess(args, env = process.env) {
  const times = []
  for (let i = 0; i < REPEATS; i++) {
    const t = process.hrtime.bigint()
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env })
    times.push(Number(process.hrtime.bigint() - t) / 1e9)
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  }
  return { median: median(times), best: Math.min(...times) }
}

const rows = []
const node = timeProcess(['-e', '0'])
rows.push(['node alone (reference)', node, null])
// issue 9: `check` on a seed scenario with unit strings in at most 0.3 s, `--help` in 0.2 s (wall,
// a fresh process each time, Node's own start-up included)
for (const file of ['scenarios/jilin-2006-2010.yaml', 'scenarios/tengzhou-2010.yaml', 'scenarios/huainan-2010.yaml']) {
  rows.push([`cold start: zonecast check ${file}`, timeProcess([cli, 'check', file, '--json']), 0.3])
}
rows.push(['cold start: zonecast run (table)', timeProcess([cli, 'run', 'scenarios/jilin-2006-2010.yaml']), 0.3])
rows.push(['cold start: zonecast --help', timeProcess([cli, '--help']), 0.2])
// Node 20 loads the certificates NODE_EXTRA_CA_CERTS names at every start, before any JavaScript
// runs (nodejs/node#40524), whether or not the program opens a connection (zonecast never does).
// Where the environment sets it, the same starts without it show what is Node's and what is ours;
// the budgets above are judged on the environment as it is
const certs = process.env.NODE_EXTRA_CA_CERTS
if (certs) {
  const bare = { ...process.env, NODE_EXTRA_CA_CERTS: '' }
  rows.push([`node alone, without NODE_EXTRA_CA_CERTS (set here to ${certs})`, timeProcess(['-e', '0'], bare), null])
  rows.push(['cold start: zonecast check scenarios/jilin-2006-2010.yaml, without NODE_EXTRA_CA_CERTS', timeProcess([cli, 'check', 'scenarios/jilin-2006-2010.yaml', '--json'], bare), null])
}

// Monte Carlo: the compute time of N draws is the run's wall time less a 1-draw run's (start-up,
// loading, output), both medians of a few runs
const MC_REPEATS = 5
function simulateTime(draws, extra = []) {
  const args = [cli, 'simulate', 'scenarios/jilin-2006-2010.yaml', '--draws', String(draws), '--json', ...extra]
  const times = []
  for (let i = 0; i < MC_REPEATS; i++) {
    const t = process.hrtime.bigint()
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })
    times.push(Number(process.hrtime.bigint() - t) / 1e9)
    if (r.status !== 0) return null
  }
  return median(times)
}
const base = simulateTime(1)
const mc1e5 = simulateTime(100_000)
if (base !== null && mc1e5 !== null) rows.push(['Monte Carlo: 100,000 draws of the Jilin seed, one core (compute)', { median: mc1e5 - base, best: mc1e5 - base }, 0.25])
else rows.push(['Monte Carlo: 100,000 draws (failed to run)', { median: NaN, best: NaN }, 0.25])

// threads: a million draws on 2 worker threads against 1. Threads share the draws only: start-up
// (Node, the bundle, the scenario, the workers) is the same either way, so the budget is judged on
// the compute time, each run's wall time less that of a 2-draw run with as many threads; the
// whole-run ratio is printed beside it. Medians of a few runs each, alternated.
const SPEEDUP_REPEATS = 3
const SPEEDUP_BUDGET = 1.7
function speedupRow() {
  const times = { 1: [], 2: [] }
  const bases = { 1: [], 2: [] }
  for (let i = 0; i < SPEEDUP_REPEATS; i++) {
    for (const threads of [1, 2]) {
      for (const [draws, into] of [['1000000', times], ['2', bases]]) {
        const args = [cli, 'simulate', 'scenarios/jilin-2006-2010.yaml', '--draws', draws, '--json', '--threads', String(threads)]
        const t = process.hrtime.bigint()
        const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })
        into[threads].push(Number(process.hrtime.bigint() - t) / 1e9)
        if (r.status !== 0) return `| Monte Carlo: 1,000,000 draws, --threads 2 vs 1 | not run: ${r.stderr.trim().split('\n')[0]} | | ≥ ${SPEEDUP_BUDGET.toFixed(2)}× | NO |`
      }
    }
  }
  const compute = (k) => median(times[k]) - median(bases[k])
  const speedup = compute(1) / compute(2)
  const whole = median(times[1]) / median(times[2])
  const detail = `(compute ${compute(1).toFixed(2)} s / ${compute(2).toFixed(2)} s; whole runs ${median(times[1]).toFixed(2)} s / ${median(times[2]).toFixed(2)} s = ${whole.toFixed(2)}×)`
  return `| Monte Carlo: 1,000,000 draws, --threads 2 vs 1, compute | ${speedup.toFixed(2)}× ${detail} | | ≥ ${SPEEDUP_BUDGET.toFixed(2)}× | ${speedup >= SPEEDUP_BUDGET ? 'yes' : 'NO'} |`
}
const threadsRow = speedupRow()

// peak memory of a million draws (maximum resident set size, from GNU time)
const mem = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'simulate', 'scenarios/jilin-2006-2010.yaml', '--draws', '1000000', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })
const kb = Number(mem.stderr.trim().split('\n').pop())
const memoryRow = mem.status === 0 && Number.isFinite(kb) ? `| Monte Carlo: 1,000,000 draws, peak memory | ${(kb / 1024).toFixed(0)} MB | | 300 MB | ${kb / 1024 <= 300 ? 'yes' : 'NO'} |` : `| Monte Carlo: 1,000,000 draws, peak memory | not run: ${mem.stderr.trim().split('\n')[0]} | | 300 MB | NO |`

const fmt = (s) => `${s.toFixed(3)} s`
console.log(`zonecast benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${REPEATS} runs each\n`)
console.log('| benchmark | median | best | budget | within |')
console.log('| --- | --- | --- | --- | --- |')
let failed = false
for (const [name, t, budget] of rows) {
  const ok = budget === null ? '' : t.median <= budget ? 'yes' : 'NO'
  if (ok === 'NO') failed = true
  console.log(`| ${name} | ${fmt(t.median)} | ${fmt(t.best)} | ${budget === null ? '–' : fmt(budget)} | ${ok} |`)
}
console.log(threadsRow)
console.log(memoryRow)
if (threadsRow.endsWith('NO |') || memoryRow.endsWith('NO |')) failed = true
// the other issues' benchmarks, each a script printing its own rows
for (const script of ['bench/model.mjs', 'bench/levers.mjs', 'bench/charts.mjs', 'bench/calibrate.mjs', 'bench/report.mjs']) {
  const r = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 })
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| benchmark') && !l.startsWith('| ---'))
  if (r.status !== 0 && lines.length === 0) lines.push(`| ${script} | not run: ${r.stderr.trim().split('\n').at(-1)} | | | NO |`)
  for (const line of lines) {
    console.log(line)
    if (line.endsWith('| NO |')) failed = true
  }
}
process.exitCode = failed ? 1 : 0
