/**
 * Monte Carlo (MODEL.md §6): each draw samples every distribution leaf once (U1) and a yearly
 * growth shock (U2), runs the model, and records every target and series. Draw d uses its own
 * stream, positioned by (seed, d), so the result depends only on the seed and the number of draws.
 */
import { DrawStream } from '../random/draw-stream'
import { drawShocks } from './draw-shocks'
import { samplerFor } from '../random/sample-distribution'
import type { Num, Scenario } from '../scenario/types'
import { checkDrawOptions } from './draw-limits'
import { compileRun, compiledSeriesNames } from './compile-run'
import { PILOT_DRAWS, QuantileAccumulator, SUM_BLOCK_DRAWS } from './quantile-accumulator'
import type { SerialisedQuantileAccumulator } from './quantile-accumulator'

/** Quantiles reported per series and year (MODEL.md U3). */
export const QUANTILE_LEVELS = [5, 10, 25, 50, 75, 90, 95] as const

export type QuantileKey = `p${(typeof QUANTILE_LEVELS)[number]}` | 'mean'

export interface SimulateOptions {
  draws: number
  /** unsigned 32-bit seed */
  seed: number
  /** called every `progressEvery` draws with the number done */
  onProgress?: (done: number) => void
  progressEvery?: number
  /** polled with the progress callback; true stops the run early (its result covers the draws done) */
  shouldStop?: () => boolean
}

export interface SimulateResult {
  draws: number
  seed: number
  years: number[]
  targets: { id: string; probability: number; se: number }[]
  quantiles: Record<string, Record<QuantileKey, (number | null)[]>>
  /** true when `shouldStop` ended the run before all draws */
  stopped: boolean
}

/** Draws between progress calls: often enough for a smooth bar, rare enough to cost nothing. */
const DEFAULT_PROGRESS_EVERY = 1000

/** Series whose quantiles are reported: the model path's and its indicators. */
const reported = compiledSeriesNames

/** One share of a Monte Carlo run: draws `from`…`to − 1` of a run of `draws` (see `simulatePart`). */
export interface SimulationPart {
  draws: number
  seed: number
  from: number
  to: number
  /** draws of this share actually run (fewer when stopped) */
  done: number
  years: number[]
  targetIds: string[]
  /** draws meeting each target */
  met: number[]
  accumulator: SerialisedQuantileAccumulator
}

/**
 * Runs `draws` draws of a loaded scenario.
 *
 * @throws InputError when the draw count or the seed is out of range
 * @example simulate(s, { draws: 2000, seed: 1 }).targets[0] // => { id: "gdp-cagr", probability: 0.31, se: 0.0103 }
 */
export function simulate(s: Scenario<Num>, o: SimulateOptions): SimulateResult {
  return combineParts([simulatePart(s, { ...o, from: 0, to: o.draws })])
}

/**
 * Runs the draws `from`…`to − 1` of a run of `o.draws` draws. Every share first computes the run's
 * pilot (its first draws), so that all shares bin values alike; `combineParts` then gives the
 * same bytes however the run was split, because draw d's numbers depend only on (seed, d).
 *
 * @example combineParts([simulatePart(s, { draws: 1e6, seed: 1, from: 0, to: 5e5 }), simulatePart(s, { draws: 1e6, seed: 1, from: 5e5, to: 1e6 })])
 */
export function simulatePart(s: Scenario<Num>, o: SimulateOptions & { from: number; to: number }): SimulationPart {
  checkDrawOptions(o.draws, o.seed)
  const run = prepareRun(s, o.seed)
  const cells = run.cells
  const pilotDraws = Math.min(PILOT_DRAWS, o.draws)
  const pilot = new Float64Array(pilotDraws * cells)
  const targets = run.targetCount
  // targets are counted a block of draws at a time from the accumulator's rows where they can
  // be (run.countsRows), pilot draws included, else draw by draw
  const byBlock = run.countsRows
  const pilotMet = new Uint8Array(byBlock ? 0 : pilotDraws * targets)
  for (let d = 0; d < pilotDraws; d++) {
    run.draw(d, pilot, d * cells)
    if (!byBlock) run.hits(pilotMet, d * targets)
  }
  const acc = QuantileAccumulator.create(o.draws, cells, pilot)
  const met = new Array<number>(targets).fill(0)
  const every = o.progressEvery ?? DEFAULT_PROGRESS_EVERY
  let done = 0
  const hits = new Uint8Array(targets)
  // `rows` draws of the open block are not counted yet
  let rows = 0
  let firstRow = 0
  const countRows = (): void => {
    if (rows > 0) run.countHits(acc.blockValues.subarray(firstRow), rows, met)
    rows = 0
  }
  for (let d = o.from; d < o.to; d++) {
    if (done % every === 0 && done > 0) {
      o.onProgress?.(done)
      if (o.shouldStop?.()) break
    }
    // written straight into the accumulator's open block (a pilot draw: copied, computed already)
    const at = acc.slot(d)
    if (d < pilotDraws) acc.blockValues.set(pilot.subarray(d * cells, (d + 1) * cells), at)
    else run.draw(d, acc.blockValues, at)
    if (byBlock) {
      if (rows === 0) firstRow = at
      rows++
      // the block's last draw: count before the next slot() bins the block and reuses it
      if ((d + 1) % SUM_BLOCK_DRAWS === 0) countRows()
    } else if (d < pilotDraws) {
      for (let k = 0; k < targets; k++) met[k]! += pilotMet[d * targets + k]!
    } else {
      run.hits(hits, 0)
      for (let k = 0; k < targets; k++) met[k]! += hits[k]!
    }
    done++
  }
  countRows()
  o.onProgress?.(done)
  return { draws: o.draws, seed: o.seed, from: o.from, to: o.to, done, years: run.years, targetIds: run.targetIds, met, accumulator: acc.serialise() }
}

/**
 * Merges the shares of one run into its result (MODEL.md U3): probabilities with standard errors,
 * quantiles and means per series and year.
 */
export function combineParts(parts: readonly SimulationPart[]): SimulateResult {
  const first = parts[0]!
  const acc = QuantileAccumulator.deserialise(first.accumulator)
  for (const part of parts.slice(1)) acc.merge(QuantileAccumulator.deserialise(part.accumulator))
  const done = parts.reduce((a, p) => a + p.done, 0)
  const n = first.years.length
  const summary = acc.quantiles(QUANTILE_LEVELS.map((q) => q / 100))
  return {
    draws: done,
    seed: first.seed,
    years: first.years,
    targets: first.targetIds.map((id, k) => {
      const hits = parts.reduce((a, p) => a + p.met[k]!, 0)
      const p = done === 0 ? 0 : hits / done
      return { id, probability: p, se: done === 0 ? 0 : Math.sqrt((p * (1 - p)) / done) }
    }),
    quantiles: Object.fromEntries(reported.map((name, j) => [name, summarise(summary, j, n)])),
    stopped: done < first.draws
  }
}

/**
 * The compiled model of one run: `draw(d, out, at)` writes draw d's series values into `out` from
 * offset `at`; then `hits(into, at)` writes 1 or 0 for each target met, or `countHits` counts the
 * hits of stored rows (see CompiledRun).
 */
function prepareRun(s: Scenario<Num>, seed: number) {
  const run = compileRun(s)
  const samplers = run.leaves.map((l) => samplerFor(l.dist.spec))
  const n = run.years.length
  const values = new Float64Array(samplers.length)
  const stream = new DrawStream(seed, 0)
  const shocks = new Float64Array(n).fill(1)
  const sources = run.series
  const draw = (d: number, out: Float64Array, at: number): void => {
    stream.reset(seed, d)
    for (let k = 0; k < samplers.length; k++) values[k] = samplers[k]!(stream)
    run.run(drawShocks(stream, run.set(values).growthShockSd, shocks))
    // element by element: TypedArray.set costs more than the copy for six values
    for (let j = 0; j < sources.length; j++) {
      const source = sources[j]!
      for (let i = 0; i < n; i++) out[at++] = source[i]!
    }
  }
  return { draw, hits: run.hits, countHits: run.countHits, countsRows: run.countsRows, years: run.years, cells: sources.length * n, targetCount: run.targets.length, targetIds: run.targets.map((t) => t.id) }
}

/** Quantiles and mean of series `j` per year, from the accumulator's cells (series-major). */
function summarise(summary: ReturnType<QuantileAccumulator['quantiles']>, j: number, n: number): Record<QuantileKey, (number | null)[]> {
  const out = Object.fromEntries([...QUANTILE_LEVELS.map((q) => `p${q}`), 'mean'].map((k) => [k, [] as (number | null)[]])) as Record<QuantileKey, (number | null)[]>
  for (let i = 0; i < n; i++) {
    const cell = summary[j * n + i]!
    QUANTILE_LEVELS.forEach((q, k) => out[`p${q}`].push(cell.quantiles[k] ?? null))
    out.mean.push(cell.mean)
  }
  return out
}
