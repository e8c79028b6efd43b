import { leverModel, tornado } from '@zonecast/core'
import type { Target, TornadoResult } from '@zonecast/core'
import { CliError } from '../cli/cli-error'
import type { Lang } from '../cli/global-options'
import { pickLabel } from '../cli/pick-label'
import type { ChartScenario } from './chart-scenario'

/** Core's lever sensitivity of one target, with each lever's label in the chart's language. */
export interface LeverTornado {
  target: Target
  result: TornadoResult
  /** lever name → label */
  labels: Map<string, string>
}

/**
 * The tornado (MODEL.md §7) of target `targetId` (default the first) over the scenario's levers,
 * compiled from the scenario's text as it was loaded (`--set`, history file): what the `tornado`
 * chart draws and `zonecast report` tabulates.
 *
 * @throws {CliError} exit 2 when the scenario has no `levers` or no such target
 * @throws {InputError} exit 2 when a lever is wrong
 * @example leverTornado(jilin, 'gdp-cagr', 'en').result.levers[0].lever // => "land-planned"
 */
export function leverTornado(c: ChartScenario, targetId: string | undefined, lang: Lang): LeverTornado {
  if (Object.keys(c.realised.levers).length === 0) {
    throw new CliError(
      `${c.file} has no levers, so there is nothing to swing; add a "levers" block, e.g. levers: {icor: {path: model.capital_output_ratio, low: 3, high: 6}} (shared/INTERFACE.md)`
    )
  }
  if (c.source === undefined) throw new CliError(`${c.file}: a tornado needs the scenario's text`)
  const id = targetId ?? c.realised.targets[0]?.id
  const target = c.realised.targets.find((x) => x.id === id)
  if (!target) throw new CliError(`${c.file} has ${id === undefined ? 'no targets' : `no target "${id}"`}; a tornado shows one target's sensitivity`)
  const { text, overrides, history } = c.source
  const model = leverModel(text, c.file, { overrides, loaded: c.loaded, ...(history ? { history } : {}) })
  return { target, result: tornado(model, target.id), labels: new Map(model.levers.map((l) => [l.name, pickLabel(l.label, lang, l.name)])) }
}
