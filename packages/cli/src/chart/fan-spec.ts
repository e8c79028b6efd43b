import { DEFAULT_SEED, simulate } from '@zonecast/core'
import type { ChartSpec } from '@zonecast/plot'
import { pickLabel } from '../cli/pick-label'
import { DEFAULT_FAN_DRAWS } from './chart-options'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'
import { scenarioFrame } from './scenario-frame'
import { chartUnit } from './chart-unit'
import { historyPoints } from './history-points'
import { pickSeries, seriesWithPath } from './pick-series'
import { targetMarks } from './target-marks'

/**
 * The `fan` chart of a scenario: runs the Monte Carlo here (core `simulate`, `--draws` default
 * 2,000, `--seed` default the core's; or the run the request carries) and takes the 10, 25, 50, 75 and 90% quantiles of the
 * series per year.
 *
 * @throws {CliError} exit 2 for an unknown `--series` or `--target`, or a series the model does not produce
 * @throws {InputError} exit 2 for a bad `--draws` or `--seed`
 * @example fanSpec(jilin, { kind: 'fan', lang: 'en' }).data.draws // => 2000
 */
export function fanSpec(c: ChartScenario, r: ChartRequest): ChartSpec {
  const draws = r.draws ?? DEFAULT_FAN_DRAWS
  const seed = r.seed ?? DEFAULT_SEED
  // series the Monte Carlo reports: the model's own, not those that follow their plan
  const modelled = seriesWithPath(c).filter((s) => c.run.model[s] !== undefined)
  const series = pickSeries(c, r.series, r.target, modelled)
  const result = r.simulation ?? simulate(c.loaded, { draws, seed })
  const q = result.quantiles[series]!
  const meta = c.run.meta[series]
  return {
    kind: 'fan',
    ...scenarioFrame(c, r),
    data: {
      series: pickLabel(meta?.label, r.lang, series),
      unit: chartUnit(meta, c.realised.years.base),
      years: result.years,
      bands: { p10: q.p10, p25: q.p25, p50: q.p50, p75: q.p75, p90: q.p90 },
      history: historyPoints(c, series),
      targets: targetMarks(c, series, r.target, r.lang),
      draws: result.draws,
      seed
    }
  }
}
