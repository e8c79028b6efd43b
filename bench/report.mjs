// Report speed budget (issue 8): `zonecast report` on a seed scenario with 10,000 Monte Carlo draws
// in at most 3 s, the whole command in a fresh process (start-up, the model, the Monte Carlo, the
// tornado, the variants, jsdom and Plot for seven charts, both documents and the atomic writes).
// Run after `pnpm build`; prints one Markdown row per seed in bench/run.mjs's columns (benchmark,
// median, best, budget, within) and exits 1 when a median misses the budget.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = fileURLToPath(new URL('../packages/cli/bin/zonecast.js', import.meta.url))
/** Runs per seed: a median of five on a shared 2-core machine. */
const REPEATS = 5
const DRAWS = 10_000
const BUDGET_S = 3

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const out = mkdtempSync(join(tmpdir(), 'zonecast-bench-report-'))
const load = `${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the start`
let failed = false
try {
  for (const seed of ['jilin-2006-2010', 'huainan-2010']) {
    const times = []
    for (let i = 0; i < REPEATS; i++) {
      const t = process.hrtime.bigint()
      const r = spawnSync(process.execPath, [cli, 'report', `scenarios/${seed}.yaml`, '--out', join(out, seed), '--draws', String(DRAWS), '--quiet'], { cwd: root, encoding: 'utf8' })
      times.push(Number(process.hrtime.bigint() - t) / 1e9)
      if (r.status !== 0) throw new Error(`zonecast report ${seed} exited ${r.status}: ${r.stderr}`)
    }
    const m = median(times)
    const ok = m <= BUDGET_S
    if (!ok) failed = true
    console.log(`| report: zonecast report scenarios/${seed}.yaml --draws ${DRAWS.toLocaleString('en-US')}, whole command (${REPEATS} runs; ${load}) | ${m.toFixed(3)} s | ${Math.min(...times).toFixed(3)} s | ${BUDGET_S.toFixed(3)} s | ${ok ? 'yes' : 'NO'} |`)
  }
} finally {
  rmSync(out, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
