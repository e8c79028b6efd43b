/**
 * `zonecast check`: every target on the plan path, the plan-only findings of MODEL.md §4, and
 * the exit-code contract (`ok`: every target met and no error finding).
 */
import { frontLoaded } from './checks/front-loaded'
import { impliedRestGrowth } from './checks/implied-rest-growth'
import { levelRateMismatch } from './checks/level-rate-mismatch'
import { mixedPriceBasis } from './checks/mixed-price-basis'
import { partsVsTotal } from './checks/parts-vs-total'
import { targetUnreachableOnPlan } from './checks/target-unreachable-on-plan'
import { pathReader, scenarioPaths } from './plan/scenario-paths'
import type { CheckResult, TargetResult } from './results'
import type { Scenario } from './scenario/types'
import { evaluateTarget } from './targets/evaluate-target'
import { meetsBounds } from './targets/tolerance'

/** Says how to read `status` while only the plan path exists. */
export const PLAN_ONLY_NOTE = 'targets are judged on the plan path: the zone model (investment, land, finance) that gives the model path is not built yet'

/**
 * Checks a realised scenario.
 *
 * @example checkScenario(realiseScenario(loadScenario(text, "x.yaml"))).ok // => true when every target is met
 */
export function checkScenario(s: Scenario): CheckResult {
  const paths = scenarioPaths(s)
  const plan = pathReader(s, paths, paths.plan)
  const targets: TargetResult[] = s.targets.map((t) => {
    const value = evaluateTarget(t, plan)
    const met = meetsBounds(value, t)
    return {
      id: t.id,
      kind: t.kind,
      ...(t.label ? { label: t.label } : {}),
      ...(t.min === undefined ? {} : { min: t.min }),
      ...(t.max === undefined ? {} : { max: t.max }),
      plan: { value, met },
      model: null,
      probability: null,
      status: met ? 'met' : 'missed'
    }
  })
  const findings = [
    ...levelRateMismatch(s, paths),
    ...partsVsTotal(s, paths),
    ...frontLoaded(s, paths),
    ...impliedRestGrowth(s, paths, plan),
    ...mixedPriceBasis(s, plan),
    ...targetUnreachableOnPlan(s.targets, targets)
  ]
  const ok = targets.every((t) => t.status === 'met') && !findings.some((f) => f.severity === 'error')
  return {
    scenario: { id: s.id, title: s.title, years: s.years },
    ok,
    status_from: 'plan',
    targets,
    findings,
    requirements: {},
    notes: [PLAN_ONLY_NOTE]
  }
}
