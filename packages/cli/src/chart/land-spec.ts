import type { ChartSpec } from '@zonecast/plot'
import { CliError } from '../cli/cli-error'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'
import { scenarioFrame } from './scenario-frame'

/**
 * The `land` chart: the planned area (the model's ceiling A_max, flat), serviced land (M1) and
 * land in use (M3) on the model path.
 *
 * @throws {CliError} exit 2 when the scenario has no `model.land` block
 * @example landSpec(huainan, { kind: 'land', lang: 'en' }).data.planned[0] // => 139
 */
export function landSpec(c: ChartScenario, r: ChartRequest): ChartSpec {
  const land = c.realised.model.land
  if (land === undefined) {
    throw new CliError(`${c.file} has no model.land block, so the model has no land to draw; add model.land: {planned, serviced, used} in km² (MODEL.md §2)`)
  }
  return {
    kind: 'land',
    ...scenarioFrame(c, r),
    data: {
      years: c.run.years,
      planned: c.run.years.map(() => land.planned),
      serviced: c.run.model.land_serviced ?? [],
      used: c.run.model.land_used ?? []
    }
  }
}
