/**
 * A scenario compiled for many model runs that differ only in some distribution leaves: the
 * draws of a Monte Carlo run (MODEL.md §6), or the lever values of a tornado, sweep or solve
 * (§7). Everything that does not depend on those leaves is worked out once.
 */
import { indicatorsWriter, modelIndicators } from '../model/indicators'
import { modelParams } from '../model/model-params'
import type { ModelParams } from '../model/model-params'
import { modelPath, modelSeriesBuffers, modelSeriesNames, modelWorkspace } from '../model/model-path'
import { runModel } from '../model/run-model'
import { pathReader, scenarioPaths } from '../plan/scenario-paths'
import type { Distribution } from '../scenario/distribution'
import { indicatorNames } from '../scenario/series-catalog'
import type { Num, Scenario, Target } from '../scenario/types'
import { evaluateTarget } from '../targets/evaluate-target'
import { meetsBounds } from '../targets/tolerance'
import { compileTargets } from './compile-targets'
import { distributionLeaves } from './distribution-leaves'
import type { DistributionLeaf } from './distribution-leaves'
import { paramPatcher } from './param-patcher'

/** Series a compiled run gives: the model path's and its indicators (MODEL.md M11). */
export const compiledSeriesNames: readonly string[] = [...modelSeriesNames, ...indicatorNames]

export interface CompiledRun {
  /** t0…T */
  years: number[]
  /** the scenario realised at central values but for the variable leaves (their values: the last set) */
  realised: Scenario
  /** the variable leaves, in the order `set` takes their values */
  leaves: DistributionLeaf[]
  targets: Target[]
  /** one buffer per `compiledSeriesNames` entry, overwritten by `run` (NaN where undefined) */
  series: Float64Array[]
  /** gives the variable leaves these values; returns the model parameters they make */
  set(values: Float64Array): ModelParams
  /** runs the model with the parameters `set` made, growth shocks (U2) optional */
  run(shocks?: ArrayLike<number>): void
  /** target k's value on the model path of the last run (NaN where undefined) */
  value(k: number): number
  /** whether target k's bounds are met on the model path of the last run */
  met(k: number): boolean
  /**
   * Writes `met(k)` of every target, as 1 or 0, to `into[at + k]`: what a Monte Carlo draw records.
   * Targets that read only values the variable leaves cannot change (the plan's, the region's)
   * are met in every run or in none, and are worked out once.
   */
  hits(into: Uint8Array, at: number): void
  /**
   * Whether `countHits` can be used: every target is compiled and reads only the run's series (or
   * fixed values).
   */
  readonly countsRows: boolean
  /**
   * Adds to `hits[k]` how many of `count` draws meet target k, for every target, from the draws'
   * rows: each row `series` after `series`, `years` values each, as a Monte Carlo run stores
   * them. The same answers as `hits` draw by draw (and the same arithmetic), target by target.
   */
  countHits(rows: Float64Array, count: number, hits: number[]): void
}

/**
 * Compiles `s` for runs that vary the leaves `variable` picks; the others take their central
 * value (MODEL.md U1). When every variable leaf is a single model parameter, `set` writes it
 * straight into the parameters and targets read the buffers directly; otherwise each `set`
 * rebuilds the parameters (and the paths, for leaves outside `model`).
 *
 * @example const r = compileRun(s, () => true); r.set([4]); r.run(); r.value(0) // => target 0 with the one distribution at 4
 */
export function compileRun(s: Scenario<Num>, variable: (d: Distribution) => boolean = () => true): CompiledRun {
  const { realised, leaves } = distributionLeaves(s, variable)
  // distributions only under `model` leave the plan and region paths as they are
  const fixedPaths = leaves.every((l) => l.path.startsWith('model.')) ? scenarioPaths(realised) : null
  let paths = fixedPaths ?? scenarioPaths(realised)
  const years = paths.years
  const n = years.length
  // which series the model path cannot give (no base value) follows from the central run
  const central = runModel(realised, paths)
  // fast path: every variable leaf is one model parameter, written straight into the parameters
  const patchers = leaves.map((l) => paramPatcher(l.path))
  const fast = fixedPaths !== null && patchers.every((x) => x !== null)
  const params = modelParams(realised, paths)
  let m = params
  const buffers = modelSeriesBuffers(n)
  const workspace = modelWorkspace(n)
  const regionBasis = realised.series.gdp?.regionPrices ?? 'real'
  const indicators = modelIndicators(buffers, paths.region.gdp, regionBasis, paths.priceIndex)
  const fixedIndicators = fixedPaths && indicatorsWriter(n, paths.region.gdp, regionBasis, paths.priceIndex)
  const byName = { ...buffers, ...indicators } as unknown as Record<string, Float64Array>
  const zone: Record<string, ArrayLike<number | null>> = {}
  for (const name of compiledSeriesNames) zone[name] = byName[name]!
  for (const name of central.fromPlan) zone[name] = central.zone[name]!
  const generic = pathReader(realised, paths, zone)
  let reader = generic
  const targets = realised.targets
  const series = compiledSeriesNames.map((name) => byName[name]!)
  // a buffer's value in year index i, in a draw's row of every series' values (see countHits)
  const cellOf = (values: Float64Array, i: number): number => {
    const j = series.indexOf(values)
    return j < 0 ? -1 : j * n + i
  }
  const compiled = fast ? compileTargets(targets, realised, paths, zone, cellOf) : null
  // for `hits`: compiled targets that read only fixed values, as (index, 1 or 0) pairs; the other compiled ones; the rest
  const fixedHits: number[] = []
  const varyingList: number[] = []
  const uncompiled: number[] = []
  targets.forEach((_, k) => {
    if (!compiled?.compiled(k)) uncompiled.push(k)
    else if (compiled.fixed(k)) fixedHits.push(k, compiled.met(k) ? 1 : 0)
    else varyingList.push(k)
  })
  const varying = Int32Array.from(varyingList)
  return {
    years,
    realised,
    leaves,
    targets,
    series,
    set(values) {
      if (fast) {
        for (let k = 0; k < leaves.length; k++) patchers[k]!(params, values, k)
        return params
      }
      for (let k = 0; k < leaves.length; k++) leaves[k]!.set(values[k]!)
      if (!fixedPaths) paths = scenarioPaths(realised)
      m = modelParams(realised, paths)
      return m
    },
    run(shocks) {
      modelPath(fast ? params : m, shocks, buffers, workspace)
      if (fixedIndicators) fixedIndicators(buffers, indicators)
      else modelIndicators(buffers, paths.region.gdp, regionBasis, paths.priceIndex, indicators)
      if (!fixedPaths) reader = pathReader(realised, paths, zone)
    },
    value(k) {
      return compiled?.compiled(k) ? compiled.value(k) : (evaluateTarget(targets[k]!, reader) ?? NaN)
    },
    met(k) {
      return compiled?.compiled(k) ? compiled.met(k) : meetsBounds(evaluateTarget(targets[k]!, reader), targets[k]!)
    },
    countsRows: compiled !== null && compiled.rowsReadable && uncompiled.length === 0,
    countHits(rows, count, hits) {
      for (let i = 0; i < fixedHits.length; i += 2) hits[fixedHits[i]!]! += count * fixedHits[i + 1]!
      compiled!.countInRows(rows, count, series.length * n, varying, hits)
    },
    hits(into, at) {
      for (let i = 0; i < fixedHits.length; i += 2) into[at + fixedHits[i]!] = fixedHits[i + 1]!
      if (compiled) compiled.metInto(into, at, varying)
      for (let i = 0; i < uncompiled.length; i++) {
        const k = uncompiled[i]!
        into[at + k] = meetsBounds(evaluateTarget(targets[k]!, reader), targets[k]!) ? 1 : 0
      }
    }
  }
}
