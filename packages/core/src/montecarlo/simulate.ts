/**
 * Monte Carlo (MODEL.md §6): each draw samples every distribution leaf once (U1) and a yearly
 * growth shock (U2), runs the model, and records every target and series. Draw d uses its own
 * stream, positioned by (seed, d), so the result depends only on the seed and the number of draws.
 */
import { modelIndicators } from '../model/indicators'
import { modelParams } from '../model/model-params'
import { modelPath, modelSeriesBuffers, modelSeriesNames } from '../model/model-path'
import { runModel } from '../model/run-model'
import { pathReader, scenarioPaths } from '../plan/scenario-paths'
import { DrawStream } from '../random/draw-stream'
import { normalQuantile } from '../random/normal-quantile'
import { samplerFor } from '../random/sample-distribution'
import type { Num, Scenario } from '../scenario/types'
import { indicatorNames } from '../scenario/series-catalog'
import { evaluateTarget } from '../targets/evaluate-target'
import { meetsBounds } from '../targets/tolerance'
import { compileTarget } from './compile-target'
import { distributionLeaves } from './distribution-leaves'
import { paramPatcher } from './param-patcher'
import { checkDrawOptions } from './draw-limits'
import { PILOT_DRAWS, QuantileAccumulator } from './quantile-accumulator'

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
const reported: readonly string[] = [...modelSeriesNames, ...indicatorNames]

/**
 * Runs `draws` draws of a loaded scenario.
 *
 * @throws InputError when the draw count or the seed is out of range
 * @example simulate(s, { draws: 2000, seed: 1 }).targets[0] // => { id: "gdp-cagr", probability: 0.31, se: 0.0103 }
 */
export function simulate(s: Scenario<Num>, o: SimulateOptions): SimulateResult {
  checkDrawOptions(o.draws, o.seed)
  const { realised, leaves } = distributionLeaves(s)
  const samplers = leaves.map((l) => samplerFor(l.dist.spec))
  // distributions only under `model` leave the plan and region paths as they are
  const fixedPaths = leaves.every((l) => l.path.startsWith('model.')) ? scenarioPaths(realised) : null
  let paths = fixedPaths ?? scenarioPaths(realised)
  const years = paths.years
  const n = years.length
  // which series the model path cannot give (no base value) follows from the central run
  const central = runModel(realised, paths)
  // fast path: every distribution is one model parameter, written straight into the parameters
  const patchers = leaves.map((l) => paramPatcher(l.path))
  const fast = fixedPaths !== null && patchers.every((x) => x !== null)
  const params = modelParams(realised, paths)
  const buffers = modelSeriesBuffers(n)
  const scratch = new Float64Array(n)
  const indicators = modelIndicators(buffers, paths.region.gdp, realised.series.gdp?.regionPrices ?? 'real', paths.priceIndex)
  const byName = { ...buffers, ...indicators } as unknown as Record<string, Float64Array>
  const zone: Record<string, ArrayLike<number | null>> = {}
  for (const name of reported) zone[name] = byName[name]!
  for (const name of central.fromPlan) zone[name] = central.zone[name]!
  const generic = pathReader(realised, paths, zone)
  const compiled = realised.targets.map((t) => (fast ? compileTarget(t, realised, paths, zone) : null))

  const stream = new DrawStream(o.seed, 0)
  const shocks = new Float64Array(n).fill(1)
  // quantiles: the first draws (the pilot) fix the histogram ranges, then every draw is added
  const cells = reported.length * n
  const row = new Float64Array(cells)
  const pilotDraws = Math.min(PILOT_DRAWS, o.draws)
  const pilot = new Float64Array(pilotDraws * cells)
  let acc: QuantileAccumulator | null = null
  const met = new Float64Array(realised.targets.length)
  const every = o.progressEvery ?? DEFAULT_PROGRESS_EVERY
  let done = 0
  for (let d = 0; d < o.draws; d++) {
    if (d % every === 0 && d > 0) {
      o.onProgress?.(d)
      if (o.shouldStop?.()) break
    }
    stream.reset(o.seed, d)
    let m = params
    if (fast) {
      for (let k = 0; k < leaves.length; k++) patchers[k]!(params, samplers[k]!(stream))
    } else {
      for (let k = 0; k < leaves.length; k++) leaves[k]!.set(samplers[k]!(stream))
      if (!fixedPaths) paths = scenarioPaths(realised)
      m = modelParams(realised, paths)
    }
    const sigma = m.growthShockSd
    for (let i = 1; i < n; i++) shocks[i] = sigma > 0 ? Math.exp(sigma * normalQuantile(stream.next()) - (sigma * sigma) / 2) : 1
    modelPath(m, sigma > 0 ? shocks : undefined, buffers, scratch)
    modelIndicators(buffers, paths.region.gdp, realised.series.gdp?.regionPrices ?? 'real', paths.priceIndex, indicators)
    const reader = fixedPaths ? generic : pathReader(realised, paths, zone)
    for (let k = 0; k < met.length; k++) {
      const c = compiled[k]
      const t = realised.targets[k]!
      if (meetsBounds(c ? c() : evaluateTarget(t, reader), t)) met[k]!++
    }
    for (let j = 0; j < reported.length; j++) row.set(byName[reported[j]!]!, j * n)
    if (acc) acc.add(d, row)
    else {
      pilot.set(row, d * cells)
      if (d + 1 === pilotDraws) acc = startAccumulator(o.draws, cells, pilot, pilotDraws)
    }
    done = d + 1
  }
  o.onProgress?.(done)
  // a run stopped inside its pilot summarises the pilot draws it has
  acc ??= startAccumulator(done, cells, pilot.subarray(0, done * cells), done)
  const summary = acc.quantiles(QUANTILE_LEVELS.map((q) => q / 100))
  return {
    draws: done,
    seed: o.seed,
    years,
    targets: realised.targets.map((t, k) => {
      const p = done === 0 ? 0 : met[k]! / done
      return { id: t.id, probability: p, se: done === 0 ? 0 : Math.sqrt((p * (1 - p)) / done) }
    }),
    quantiles: Object.fromEntries(reported.map((name, j) => [name, summarise(summary, j, n)])),
    stopped: done < o.draws
  }
}

/** A quantile accumulator sized for the run, fed the pilot draws. */
function startAccumulator(draws: number, cells: number, pilot: Float64Array, pilotDraws: number): QuantileAccumulator {
  const acc = QuantileAccumulator.create(draws, cells, pilot)
  for (let d = 0; d < pilotDraws; d++) acc.add(d, pilot.subarray(d * cells, (d + 1) * cells))
  return acc
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
