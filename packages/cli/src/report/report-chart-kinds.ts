import type { ChartKind } from '@zonecast/plot'
import type { ChartScenario } from '../chart/chart-scenario'

/**
 * The chart kinds that apply to a scenario, in the order the report shows them: `targets` when it
 * has targets; `projection` always; `fan` when the model produces a series (Monte Carlo reports
 * only those); `land` with a `model.land` block; `finance` with a `model.finance` block;
 * `tornado` with levers and a target; `compare` with variants.
 *
 * @example reportChartKinds(jilin) // => ["targets", "projection", "fan", "land", "finance", "tornado", "compare"]
 */
export function reportChartKinds(c: ChartScenario): ChartKind[] {
  const s = c.realised
  const kinds: ChartKind[] = []
  if (s.targets.length > 0) kinds.push('targets')
  kinds.push('projection')
  if (Object.keys(c.run.model).length > 0) kinds.push('fan')
  if (s.model.land !== undefined) kinds.push('land')
  if (s.model.finance !== undefined) kinds.push('finance')
  if (Object.keys(s.levers).length > 0 && s.targets.length > 0) kinds.push('tornado')
  if (s.variants.length > 0) kinds.push('compare')
  return kinds
}
