import { checkScenario } from '@zonecast/core'
import type { Target } from '@zonecast/core'
import type { ChartSpec, ChartUnit } from '@zonecast/plot'
import { pickLabel } from '../cli/pick-label'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'
import { scenarioFrame } from './scenario-frame'
import { chartUnit } from './chart-unit'
import { findTarget } from './target-marks'

/**
 * The `targets` chart: every target (or only `--target`) as `zonecast check` evaluates it on the
 * plan and model paths.
 *
 * @throws {CliError} exit 2 for an unknown `--target`
 * @example targetsSpec(jilin, { kind: 'targets', lang: 'en' }).data.targets.length // => 16
 */
export function targetsSpec(c: ChartScenario, r: ChartRequest): ChartSpec {
  const only = r.target === undefined ? undefined : findTarget(c, r.target).id
  const checked = checkScenario(c.realised)
  const byId = new Map(c.realised.targets.map((t) => [t.id, t]))
  return {
    kind: 'targets',
    ...scenarioFrame(c, r),
    data: {
      targets: checked.targets
        .filter((t) => only === undefined || t.id === only)
        .map((t) => ({
          id: t.id,
          label: pickLabel(t.label, r.lang, t.id),
          ...(t.min === undefined ? {} : { min: t.min }),
          ...(t.max === undefined ? {} : { max: t.max }),
          plan: t.plan.value,
          model: t.model?.value ?? null,
          met: t.status === 'met',
          valueUnit: targetValueUnit(byId.get(t.id)!, c)
        }))
    }
  }
}

/**
 * The unit of a target's value: rates and shares in percent, levels in their series' unit.
 *
 * @example targetValueUnit({ kind: 'cagr', … }, c) // => { kind: 'percent' }
 */
export function targetValueUnit(t: Target, c: ChartScenario): ChartUnit {
  switch (t.kind) {
    case 'cagr':
    case 'growth':
    case 'share':
      return { kind: 'percent' }
    case 'level':
    case 'cumulative':
      return chartUnit(c.run.meta[t.series], c.realised.years.base)
    default:
      return { kind: 'ratio' }
  }
}
