/**
 * `zonecast run`: the plan path, the region and the indicators per year (shared/INTERFACE.md
 * "JSON results": arrays aligned with `years`, null where undefined).
 */
import { runModel } from './model/run-model'
import { indicatorNames } from './scenario/series-catalog'
import { pathReader, scenarioPaths } from './plan/scenario-paths'
import type { RunResult, SeriesMeta, SeriesValues } from './results'
import { commonBasis } from './paths/convert-basis'
import type { Scenario, SeriesInfo } from './scenario/types'
import { dimensionUnit } from './scenario/series-unit'

/**
 * Runs a realised scenario: the plan path, the model path (MODEL.md §2), the region, the
 * indicators of M11 on the model path, and `plan_share_<series>`, the zone's share of the region
 * on the plan path for every series both give (nominal when their price bases differ).
 *
 * @example runScenario(s).years // => [2005, 2006, 2007, 2008, 2009, 2010]
 */
export function runScenario(s: Scenario): RunResult {
  const paths = scenarioPaths(s)
  const reader = pathReader(s, paths, paths.plan)
  const meta: Record<string, SeriesMeta> = {}
  const unitOf = (info: SeriesInfo) => dimensionUnit(info.dimension, s.money)
  for (const name of Object.keys(paths.plan)) {
    const info = s.series[name]!
    meta[name] = { unit: unitOf(info), prices: info.prices, label: info.label }
  }
  for (const name of Object.keys(paths.region)) {
    const info = s.series[name]!
    meta[`region.${name}`] = { unit: unitOf(info), prices: info.regionPrices, label: { en: `Region: ${info.label.en ?? name}`, zh: `全區域：${info.label.zh ?? name}` } }
  }
  const model = runModel(s, paths)
  const modelSeries: Record<string, SeriesValues> = {}
  const indicators: Record<string, SeriesValues> = {}
  for (const [name, values] of Object.entries(model.series)) {
    const info = s.series[name]
    if ((indicatorNames as readonly string[]).includes(name)) indicators[name] = values
    else modelSeries[name] = values
    if (info) meta[name] ??= { unit: unitOf(info), prices: info.prices, label: info.label }
  }
  for (const name of indicatorNames) {
    const info = s.series[name]!
    meta[name] = { unit: name === 'share_gdp' || name === 'debt_ratio' || name === 'interest_burden' ? 'ratio' : name === 'output_per_km2' ? `${s.money}/km2` : `${s.money}/mu`, prices: 'none', label: info.label }
  }
  for (const name of Object.keys(paths.region)) {
    if (!paths.plan[name]) continue
    const basis = commonBasis(reader.basis(name), reader.basis(`region.${name}`))
    indicators[`plan_share_${name}`] = paths.years.map((t) => {
      const a = reader.in(name, t, basis)
      const b = reader.in(`region.${name}`, t, basis)
      return a === null || b === null || b === 0 ? null : a / b
    })
    const info = s.series[name]!
    meta[`plan_share_${name}`] = { unit: 'ratio', prices: 'none', label: { en: `Plan: share of region, ${info.label.en ?? name}`, zh: `規劃：佔全區域比重，${info.label.zh ?? name}` } }
  }
  return {
    scenario: { id: s.id, title: s.title, years: s.years, money: s.money },
    years: paths.years,
    plan: paths.plan,
    model: modelSeries,
    region: paths.region,
    indicators,
    price_index: paths.priceIndex,
    meta,
    notes: model.params.base.gdp === null ? ['the scenario gives no base.gdp, so the model path has no output, revenue or indicators'] : []
  }
}
