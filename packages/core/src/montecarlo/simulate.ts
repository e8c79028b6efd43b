/**
 * Monte Carlo (MODEL.md §6): each draw samples every distribution leaf once (U1) and a yearly
 * growth shock (U2), runs the model, and records every target and series. Draw d uses its own
 * stream, positioned by (seed, d), so the result depends only on the seed and the number of draws.
 */
import { indicatorsWriter, modelIndicators } from '../model/indicators'
import { modelParams } from '../model/model-params'
import { modelPath, modelSeriesBuffers, modelSeriesNames, modelWorkspace } from '../model/model-path'
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
const reported: readonly string[] = [...modelSeriesNames, ...indicatorNames]

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
  const pilotMet = new Uint8Array(pilotDraws * run.targetCount)
  for (let d = 0; d < pilotDraws; d++) run.draw(d, pilot.subarray(d * cells, (d + 1) * cells), pilotMet.subarray(d * run.targetCount, (d + 1) * run.targetCount))
  const acc = QuantileAccumulator.create(o.draws, cells, pilot)
  const met = new Array<number>(run.targetCount).fill(0)
  const row = new Float64Array(cells)
  const metRow = new Uint8Array(run.targetCount)
  const every = o.progressEvery ?? DEFAULT_PROGRESS_EVERY
  let done = 0
  for (let d = o.from; d < o.to; d++) {
    if (done % every === 0 && done > 0) {
      o.onProgress?.(done)
      if (o.shouldStop?.()) break
    }
    if (d < pilotDraws) {
      acc.add(d, pilot.subarray(d * cells, (d + 1) * cells))
      for (let k = 0; k < run.targetCount; k++) met[k]! += pilotMet[d * run.targetCount + k]!
    } else {
      run.draw(d, row, metRow)
      acc.add(d, row)
      for (let k = 0; k < run.targetCount; k++) met[k]! += metRow[k]!
    }
    done++
  }
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

/** The compiled model of one run: `draw(d, row, met)` writes draw d's series values and target hits. */
function prepareRun(s: Scenario<Num>, seed: number) {
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
  const workspace = modelWorkspace(n)
  const regionBasis = realised.series.gdp?.regionPrices ?? 'real'
  const indicators = modelIndicators(buffers, paths.region.gdp, regionBasis, paths.priceIndex)
  const fixedIndicators = fixedPaths && indicatorsWriter(n, paths.region.gdp, regionBasis, paths.priceIndex)
  const byName = { ...buffers, ...indicators } as unknown as Record<string, Float64Array>
  const zone: Record<string, ArrayLike<number | null>> = {}
  for (const name of reported) zone[name] = byName[name]!
  for (const name of central.fromPlan) zone[name] = central.zone[name]!
  const sources = reported.map((name) => byName[name]!)
  const generic = pathReader(realised, paths, zone)
  const compiled = realised.targets.map((t) => (fast ? compileTarget(t, realised, paths, zone) : null))
  const stream = new DrawStream(seed, 0)
  const shocks = new Float64Array(n).fill(1)
  const draw = (d: number, row: Float64Array, met: Uint8Array): void => {
    stream.reset(seed, d)
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
    modelPath(m, sigma > 0 ? shocks : undefined, buffers, workspace)
    if (fixedIndicators) fixedIndicators(buffers, indicators)
    else modelIndicators(buffers, paths.region.gdp, regionBasis, paths.priceIndex, indicators)
    const reader = fixedPaths ? generic : pathReader(realised, paths, zone)
    for (let k = 0; k < met.length; k++) {
      const c = compiled[k]
      const t = realised.targets[k]!
      met[k] = (c ? c.met() : meetsBounds(evaluateTarget(t, reader), t)) ? 1 : 0
    }
    // element by element: TypedArray.set costs more than the copy for six values
    for (let j = 0, at = 0; j < sources.length; j++) {
      const source = sources[j]!
      for (let i = 0; i < n; i++) row[at++] = source[i]!
    }
  }
  return { draw, years, cells: reported.length * n, targetCount: realised.targets.length, targetIds: realised.targets.map((t) => t.id) }
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
