import type { ChartSpec } from '@zonecast/plot'
import { pickLabel } from '../cli/pick-label'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'
import { leverTornado } from './lever-tornado'
import { scenarioFrame } from './scenario-frame'
import { targetValueUnit } from './targets-spec'

/**
 * The `tornado` chart of a scenario: core's lever sensitivity (MODEL.md §7) of `--target`
 * (default the first target), every lever at its low and high value; or the tornado the request
 * carries (`zonecast report` computes it once for its table and its chart).
 *
 * @throws {CliError} exit 2 when the scenario has no `levers` or no such target
 * @throws {InputError} exit 2 when a lever is wrong
 * @example tornadoSpec(jilin, { kind: 'tornado', lang: 'en', target: 'gdp-cagr' }).data.levers[0].lever // => "land-planned"
 */
export function tornadoSpec(c: ChartScenario, r: ChartRequest): ChartSpec {
  const { target: t, result, labels } = r.tornado ?? leverTornado(c, r.target, r.lang)
  return {
    kind: 'tornado',
    ...scenarioFrame(c, r),
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
