import { leverModel, tornado } from '@zonecast/core'
import type { ChartSpec } from '@zonecast/plot'
import { CliError } from '../cli/cli-error'
import { pickLabel } from '../cli/pick-label'
import { chartSubtitle } from './chart-subtitle'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'
import { targetValueUnit } from './targets-spec'

/**
 * The `tornado` chart of a scenario: core's lever sensitivity (MODEL.md §7) of `--target`
 * (default the first target), every lever at its low and high value.
 *
 * @throws {CliError} exit 2 when the scenario has no `levers` or no such target
 * @throws {InputError} exit 2 when a lever is wrong
 * @example tornadoSpec(jilin, { kind: 'tornado', lang: 'en', target: 'gdp-cagr' }).data.levers[0].lever // => "land-planned"
 */
export function tornadoSpec(c: ChartScenario, r: ChartRequest): ChartSpec {
  if (Object.keys(c.realised.levers).length === 0) {
    throw new CliError(
      `${c.file} has no levers, so there is nothing to swing; add a "levers" block, e.g. levers: {icor: {path: model.capital_output_ratio, low: 3, high: 6}} (shared/INTERFACE.md)`
    )
  }
  if (c.source === undefined) throw new CliError(`${c.file}: a tornado needs the scenario's text`)
  const targetId = r.target ?? c.realised.targets[0]?.id
  const t = c.realised.targets.find((x) => x.id === targetId)
  if (!t) throw new CliError(`${c.file} has ${targetId === undefined ? 'no targets' : `no target "${targetId}"`}; a tornado shows one target's sensitivity`)
  const { text, overrides, history } = c.source
  const model = leverModel(text, c.file, { overrides, loaded: c.loaded, ...(history ? { history } : {}) })
  const result = tornado(model, t.id)
  const labels = new Map(model.levers.map((l) => [l.name, pickLabel(l.label, r.lang, l.name)]))
  return {
    kind: 'tornado',
    lang: r.lang,
    ...(r.width === undefined ? {} : { width: r.width }),
    subtitle: chartSubtitle(c.realised.title, c.realised.id, c.realised.years, r.lang),
    scenarios: [c.realised.id],
    data: {
      target: t.id,
      targetLabel: pickLabel(t.label, r.lang, t.id),
      base: result.base ?? NaN,
      valueUnit: targetValueUnit(t, c),
      ...(t.min === undefined ? {} : { min: t.min }),
      ...(t.max === undefined ? {} : { max: t.max }),
      levers: result.levers
        .filter((l) => l.value_low !== null && l.value_high !== null && l.swing !== null)
        .map((l) => ({ lever: l.lever, label: labels.get(l.lever)!, low: l.low, high: l.high, value_low: l.value_low!, value_high: l.value_high!, swing: l.swing! }))
    }
  }
}
