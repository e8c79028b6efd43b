import type { ChartSpec } from '@zonecast/plot'
import { pickLabel } from '../cli/pick-label'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'
import { scenarioFrame } from './scenario-frame'
import { chartUnit } from './chart-unit'
import { historyPoints } from './history-points'
import { pickSeries } from './pick-series'
import { targetMarks } from './target-marks'

/**
 * The `projection` chart of a scenario: the series' history, plan path and model path, and its targets.
 *
 * @throws {CliError} exit 2 for an unknown `--series` or `--target`
 * @example projectionSpec(jilin, { kind: 'projection', lang: 'en' }).data.series // => "GDP"
 */
export function projectionSpec(c: ChartScenario, r: ChartRequest): ChartSpec {
  const series = pickSeries(c, r.series, r.target)
  const meta = c.run.meta[series]
  return {
    kind: 'projection',
    ...scenarioFrame(c, r),
    data: {
      series: pickLabel(meta?.label, r.lang, series),
      unit: chartUnit(meta, c.realised.years.base),
      years: c.run.years,
      history: historyPoints(c, series),
      plan: c.run.plan[series] ?? null,
      model: c.run.model[series] ?? null,
      targets: targetMarks(c, series, r.target, r.lang)
    }
  }
}
