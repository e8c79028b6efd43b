import type { ChartSpec } from '@zonecast/plot'
import { CliError } from '../cli/cli-error'
import { exitCodes } from '../cli/exit-codes'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'

/**
 * The `tornado` chart of a scenario. The lever sensitivity itself (MODEL.md §7) belongs to the
 * core's `tornado`, which is not built yet: a scenario without levers is refused with what to
 * add, and one with levers is refused as not yet possible. @zonecast/plot draws a tornado
 * result given as data already (`TornadoData`).
 *
 * @throws {CliError} exit 2 when the scenario has no `levers`; exit 69 while the core cannot compute a tornado
 * @example tornadoSpec(jilin, { kind: 'tornado', lang: 'en' }) // throws: scenarios/jilin-2006-2010.yaml has no levers …
 */
export function tornadoSpec(c: ChartScenario, _r: ChartRequest): ChartSpec {
  if (Object.keys(c.realised.levers).length === 0) {
    throw new CliError(
      `${c.file} has no levers, so there is nothing to swing; add a "levers" block, e.g. levers: {icor: {path: model.capital_output_ratio, low: 3, high: 6}} (shared/INTERFACE.md)`
    )
  }
  throw new CliError('this zonecast cannot compute a tornado yet: lever sensitivity (MODEL.md §7) is still being built; the other chart kinds work', exitCodes.unavailable)
}
