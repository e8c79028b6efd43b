/**
 * compileRun's two ways of recording target hits: draw by draw (`hits`), and a block of stored
 * draws at a time (`countHits`, what simulate uses when `countsRows`). They must count alike, on
 * every seed scenario whose run can count rows, under draws that move the targets across their
 * bounds (the leaves' own distributions and a growth shock).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DrawStream } from '../random/draw-stream'
import { samplerFor } from '../random/sample-distribution'
import { loadScenario } from '../scenario/load-scenario'
import { compileRun } from './compile-run'
import { drawShocks } from './draw-shocks'

const seeds = ['jilin-2006-2010', 'huainan-2010', 'tengzhou-2010']

describe('compileRun: hits draw by draw and countHits over stored rows agree', () => {
  for (const name of seeds) {
    it(name, () => {
      const file = `scenarios/${name}.yaml`
      const run = compileRun(loadScenario(readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8'), file))
      const n = run.years.length
      const cells = run.series.length * n
      const targets = run.targets.length
      const draws = 300
      const rows = new Float64Array(draws * cells)
      const perDraw = new Array<number>(targets).fill(0)
      const hit = new Uint8Array(targets)
      const samplers = run.leaves.map((l) => samplerFor(l.dist.spec))
      const values = new Float64Array(samplers.length)
      const stream = new DrawStream(7, 0)
      const shocks = new Float64Array(n).fill(1)
      for (let d = 0; d < draws; d++) {
        stream.reset(7, d)
        for (let k = 0; k < samplers.length; k++) values[k] = samplers[k]!(stream)
        run.run(drawShocks(stream, Math.max(0.05, run.set(values).growthShockSd), shocks))
        run.hits(hit, 0)
        for (let k = 0; k < targets; k++) perDraw[k]! += hit[k]!
        let at = d * cells
        for (const s of run.series) for (let i = 0; i < n; i++) rows[at++] = s[i]!
      }
      // a mix of hits and misses somewhere, or the comparison would prove little
      if (name === 'jilin-2006-2010') expect(perDraw.some((h) => h > 0 && h < draws)).toBe(true)
      if (!run.countsRows) return
      const byRows = new Array<number>(targets).fill(0)
      // in two uneven pieces, as a run stopped inside a block counts them
      run.countHits(rows, 117, byRows)
      run.countHits(rows.subarray(117 * cells), draws - 117, byRows)
      expect(byRows).toEqual(perDraw)
    })
  }

  it('the Jilin seed counts rows (every leaf is a model parameter, every target compiled)', () => {
    const file = 'scenarios/jilin-2006-2010.yaml'
    expect(compileRun(loadScenario(readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8'), file)).countsRows).toBe(true)
  })
})
