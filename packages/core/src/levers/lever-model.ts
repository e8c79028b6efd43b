/**
 * A scenario's levers (MODEL.md §7) compiled for many model runs: each lever's leaf is put in
 * place as a marked distribution over [low, high] before loading, so the loader converts its
 * units and checks its bounds like any value in the file, and the runs then write lever values
 * straight into the realised scenario (or the model parameters).
 */
import { InputError } from '../errors'
import { modelParams } from '../model/model-params'
import { compileRun } from '../montecarlo/compile-run'
import type { CompiledRun } from '../montecarlo/compile-run'
import { scenarioPaths } from '../plan/scenario-paths'
import { LEVER_MARK } from '../scenario/distribution'
import { loadScenario } from '../scenario/load-scenario'
import type { LoadOptions } from '../scenario/load-scenario'
import type { Override } from '../scenario/overrides'
import { realiseScenario } from '../scenario/realise-scenario'
import type { Label, Num, Scenario } from '../scenario/types'

/** A lever as the file states it, with its value in the scenario (the value others are held at). */
export interface ResolvedLever {
  name: string
  /** the leaf's dotted path in the file */
  path: string
  /** bounds, in the leaf's file units (bare numbers as the file would read them) */
  low: number
  high: number
  /** the leaf's value in the scenario, in the same units: its own, its distribution's central value, or the model's default */
  base: number
  /** where `base` came from */
  baseFrom: 'scenario' | 'default'
  label?: Label | string
  /** the leaf takes whole numbers (gestation years): values are rounded to them */
  integer: boolean
}

export interface LeverModel {
  levers: ResolvedLever[]
  /** the compiled runs; `run.targets[k]` is target k */
  run: CompiledRun
  /** the scenario with every lever at its base value */
  scenario: Scenario<Num>
  /** the scenario with each lever's leaf a marked distribution (for Monte Carlo over the other leaves) */
  marked: Scenario<Num>
  /**
   * Runs the model with the levers at `values` (lever units, by lever name; a lever not named
   * stays at its base value); read the results from `run.value(k)`, `run.met(k)`, `run.series`.
   */
  evaluate(values?: Readonly<Record<string, number>>): void
  /** the internal value a lever's leaf takes for a lever value */
  leafValue(name: string, value: number): number
}

export interface LeverModelOptions {
  /** `--set` and the like, applied first */
  overrides?: readonly Override[]
  /** the text of the data file `history: {file}` names */
  history?: LoadOptions['history']
  /** the scenario as already loaded with these overrides and history, to save loading it again */
  loaded?: Scenario<Num>
  /** levers to compile, by name (default all) */
  only?: readonly string[]
}

/**
 * Compiles the scenario's levers.
 *
 * @throws InputError when the scenario has no levers, a lever's range does not fit its leaf, or
 *   a lever names a leaf with neither a value nor a default
 * @example leverModel(text, "x.yaml").levers.map((l) => l.name) // => ["infrastructure-growth", "icor"]
 */
export function leverModel(text: string, file: string, options: LeverModelOptions = {}): LeverModel {
  const overrides = options.overrides ?? []
  const history = options.history ? { history: options.history } : {}
  const scenario = options.loaded ?? loadScenario(text, file, { overrides, ...history })
  const declared = Object.entries(scenario.levers).filter(([name]) => !options.only || options.only.includes(name))
  if (declared.length === 0) {
    throw new InputError([{ file, path: ['levers'], message: 'the scenario has no levers', hint: 'add a levers block, e.g. levers: {icor: {path: model.capital_output_ratio, low: 3, high: 6}}' }])
  }
  // one marker per leaf: levers on the same leaf share it (unit conversions are linear)
  const markedBy = new Map<string, { low: number; high: number; override: Override }>()
  for (const [name, lever] of declared) {
    if (markedBy.has(lever.path)) continue
    const marker = { dist: 'uniform', min: lever.low, max: lever.high, [LEVER_MARK]: lever.path }
    markedBy.set(lever.path, { low: lever.low, high: lever.high, override: { path: lever.path, value: marker, origin: { kind: 'file', path: ['levers', name], what: `lever "${name}" varies` } } })
  }
  const marked = loadScenario(text, file, { overrides: [...overrides, ...[...markedBy.values()].map((m) => m.override)], ...history })
  const run = compileRun(marked, (d) => d.lever !== undefined)
  const leafIndex = new Map(run.leaves.map((l, k) => [l.dist.lever!, k]))
  const realisedBase = realiseScenario(scenario)
  const defaults = modelParams(realisedBase, scenarioPaths(realisedBase)).defaulted

  const levers: ResolvedLever[] = []
  const maps = new Map<string, { leaf: number; a: number; b: number; integer: boolean }>()
  for (const [name, lever] of declared) {
    const k = leafIndex.get(lever.path)
    if (k === undefined) throw new InputError([{ file, path: ['levers', name, 'path'], message: `lever "${name}": ${lever.path} is not a numeric value the model reads`, hint: 'name a number in the file, e.g. model.capital_output_ratio or model.infrastructure.growth' }])
    const leaf = run.leaves[k]!
    const spec = leaf.dist.spec as { min: number; max: number }
    const first = markedBy.get(lever.path)!
    // lever value v ↦ leaf value a + b·v, from the marker's [low, high] ↦ [min, max]
    const b = (spec.max - spec.min) / (first.high - first.low)
    const a = spec.min - b * first.low
    const integer = leaf.dist.integer
    maps.set(name, { leaf: k, a, b, integer })
    const own = valueAt(realisedBase, leaf.path)
    const fallback = defaults.find((d) => d.parameter === lever.path)
    let base: number
    let baseFrom: ResolvedLever['baseFrom'] = 'scenario'
    if (own !== undefined) base = (own - a) / b
    else if (fallback && typeof fallback.value === 'number') {
      base = fallback.value
      baseFrom = 'default'
    } else {
      throw new InputError([{ file, path: ['levers', name, 'path'], message: `lever "${name}": ${lever.path} has no value in the scenario and no default`, hint: `give ${lever.path} a value in the file, or choose another lever` }])
    }
    levers.push({ name, path: lever.path, low: lever.low, high: lever.high, base, baseFrom, ...(lever.label ? { label: lever.label } : {}), integer })
  }
  const values = new Float64Array(run.leaves.length)
  const leafValue = (name: string, v: number): number => {
    const m = maps.get(name)
    if (!m) throw new RangeError(`unknown lever "${name}"`)
    const x = m.a + m.b * v
    return m.integer ? Math.round(x) : x
  }
  return {
    levers,
    run,
    scenario,
    marked,
    leafValue,
    evaluate(set = {}) {
      for (const l of levers) values[maps.get(l.name)!.leaf] = leafValue(l.name, l.base)
      for (const [name, v] of Object.entries(set)) values[maps.get(name)!.leaf] = leafValue(name, v)
      run.set(values)
      run.run()
    }
  }
}

/** The number at a realised scenario's dotted path (`model.capitalOutputRatio`), if any. */
function valueAt(s: Scenario, path: string): number | undefined {
  let node: unknown = s
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'number' ? node : undefined
}
