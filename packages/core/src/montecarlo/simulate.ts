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
import { quantileSorted } from './quantile'

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
  checkDrawOptions(o.draws, o.seed, s.years.end - s.years.base + 1, reported.length)
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
  const values = new Map<string, Float64Array>(reported.map((name) => [name, new Float64Array(o.draws * n)]))
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
    for (const name of reported) values.get(name)!.set(byName[name]!, d * n)
    done = d + 1
  }
  o.onProgress?.(done)
  return {
    draws: done,
    seed: o.seed,
    years,
    targets: realised.targets.map((t, k) => {
      const p = done === 0 ? 0 : met[k]! / done
      return { id: t.id, probability: p, se: done === 0 ? 0 : Math.sqrt((p * (1 - p)) / done) }
    }),
    quantiles: Object.fromEntries(reported.map((name) => [name, summarise(values.get(name)!, done, n)])),
    stopped: done < o.draws
  }
}

/** Quantiles and mean of each year's column, over the draws done; null where no draw has a value. */
function summarise(column: Float64Array, draws: number, n: number): Record<QuantileKey, (number | null)[]> {
  const out = Object.fromEntries([...QUANTILE_LEVELS.map((q) => `p${q}`), 'mean'].map((k) => [k, [] as (number | null)[]])) as Record<QuantileKey, (number | null)[]>
  const year = new Float64Array(draws)
  for (let i = 0; i < n; i++) {
    let m = 0
    let sum = 0
    for (let d = 0; d < draws; d++) {
      const v = column[d * n + i]!
      if (Number.isNaN(v)) continue
      year[m++] = v
      sum += v
    }
    const sorted = year.subarray(0, m).sort()
    for (const q of QUANTILE_LEVELS) out[`p${q}`].push(m === 0 ? null : quantileSorted(sorted, q / 100))
    out.mean.push(m === 0 ? null : sum / m)
  }
  return out
}
