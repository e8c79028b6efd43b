// `node bench/calibrate.mjs`: wall time of `zonecast calibrate --backtest` on the 31 provinces'
// GDP 2000–2016 (31 regions × 9 origins × 3 methods, holt fitted each time), as one row of
// bench/run.mjs's markdown table: | benchmark | median | best | budget | within |. No budget
// is set for it yet. Run after `pnpm build`.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = fileURLToPath(new URL('../packages/cli/bin/zonecast.js', import.meta.url))
const DATA = 'test/calibrate-data/china-province-gdp-2000-2016.csv'
/** Repeats: enough for a stable median on a 2-core machine. */
const REPEATS = 7

const times = []
for (let i = 0; i < REPEATS; i++) {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [cli, 'calibrate', DATA, '--backtest', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
  times.push(Number(process.hrtime.bigint() - t) / 1e9)
  if (r.status !== 0) {
    console.log(`| calibrate --backtest, 31 provinces | not run: ${r.stderr.trim().split('\n')[0]} | | – | |`)
    process.exit(1)
  }
}
const sorted = [...times].sort((a, b) => a - b)
console.log(`| calibrate --backtest, 31 provinces × 17 years (cold start included) | ${sorted[Math.floor(REPEATS / 2)].toFixed(3)} s | ${sorted[0].toFixed(3)} s | – | |`)
