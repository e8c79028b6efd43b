import { didYouMean } from '@zonecast/core/did-you-mean'
import { CliError } from '../cli/cli-error'
import type { ChartScenario } from './chart-scenario'
import { drawableTarget } from './target-marks'

/**
 * The series a one-series chart draws: `--series` when given (which must have a path), else the
 * series of `--target`, else that of the first target drawable on a level chart whose series the
 * model produces, else `gdp`, else the first series of the plan.
 *
 * @param available the series the chart can draw (with `--kind fan`, those the Monte Carlo reports)
 * @throws {CliError} exit 2 for an unknown series, with a did-you-mean and the list
 * @example pickSeries(jilin, undefined, undefined) // => "gdp"
 */
export function pickSeries(c: ChartScenario, series: string | undefined, target: string | undefined, available: readonly string[] = seriesWithPath(c)): string {
  if (series !== undefined) {
    if (available.includes(series)) return series
    const best = didYouMean(series, available)
    throw new CliError(`--series "${series}": ${c.file} has no path for it${best ? `; did you mean "${best}"?` : ''} (series: ${available.join(', ')})`)
  }
  const chosen = target === undefined ? undefined : c.realised.targets.find((t) => t.id === target)
  if (chosen && 'series' in chosen && available.includes(chosen.series)) return chosen.series
  const first = c.realised.targets.find((t) => drawableTarget(t) && 'series' in t && c.run.model[t.series] !== undefined && available.includes(t.series))
  if (first && 'series' in first) return first.series
  if (available.includes('gdp')) return 'gdp'
  const any = available[0]
  if (any === undefined) throw new CliError(`${c.file} has no series to draw`)
  return any
}

/**
 * Series with a plan or model path in a scenario, plan first.
 *
 * @example seriesWithPath(jilin).slice(0, 2) // => ["gdp", "industrial_va"]
 */
export function seriesWithPath(c: ChartScenario): string[] {
  return [...new Set([...Object.keys(c.run.plan), ...Object.keys(c.run.model)])]
}
