/**
 * The model path of a realised scenario as the results show it: every series and indicator per
 * year (null where undefined), with the series the model does not produce following their plan
 * path (MODEL.md §5).
 */
import type { ScenarioPaths, Values } from '../plan/scenario-paths'
import type { Scenario } from '../scenario/types'
import { modelIndicators } from './indicators'
import { modelParams } from './model-params'
import type { ModelParams } from './model-params'
import { modelPath } from './model-path'

export interface ModelRun {
  params: ModelParams
  /** every model series and indicator by name */
  series: Record<string, Values>
  /** the zone as the model path sees it: model series, indicators, and plan paths of the rest */
  zone: Record<string, Values>
  /** series that follow their plan path on the model path */
  fromPlan: string[]
}

const toValues = (a: Float64Array): Values => Array.from(a, (x) => (Number.isFinite(x) ? x : null))

/**
 * Runs the model on a realised scenario; `shocks` (U2), when given, multiply output year by year.
 */
export function runModel(s: Scenario, paths: ScenarioPaths, shocks?: ArrayLike<number>): ModelRun {
  const params = modelParams(s, paths)
  const path = modelPath(params, shocks)
  const indicators = modelIndicators(path, paths.region.gdp, s.series.gdp?.regionPrices ?? 'real', paths.priceIndex)
  const series: Record<string, Values> = {}
  for (const [name, values] of Object.entries(path)) series[name] = toValues(values)
  for (const [name, values] of Object.entries(indicators)) series[name] = toValues(values)
  const zone: Record<string, Values> = { ...series }
  const fromPlan: string[] = []
  for (const [name, values] of Object.entries(paths.plan)) {
    // a series the model cannot produce (no base value to start from) follows the plan too
    const produced = zone[name]?.slice(1).some((x) => x !== null) ?? false
    if (produced) continue
    zone[name] = values
    fromPlan.push(name)
  }
  return { params, series, zone, fromPlan }
}
