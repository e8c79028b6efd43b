/**
 * `zonecast check`: every target on the plan path and the model path, the findings of MODEL.md
 * §4, the requirements of §3, and the exit-code contract (`ok`: every target met on the model
 * path and no error finding).
 */
import { debtLimitBreached } from './checks/debt-limit-breached'
import { defaultAssumed } from './checks/default-assumed'
import { frontLoaded } from './checks/front-loaded'
import { impliedIcor } from './checks/implied-icor'
import { impliedRestGrowth } from './checks/implied-rest-growth'
import { landShort } from './checks/land-short'
import { levelRateMismatch } from './checks/level-rate-mismatch'
import { mixedPriceBasis } from './checks/mixed-price-basis'
import { partsVsTotal } from './checks/parts-vs-total'
import { targetUnreachableOnPlan } from './checks/target-unreachable-on-plan'
import { runModel } from './model/run-model'
import { pathReader, scenarioPaths } from './plan/scenario-paths'
import { requirements } from './requirements/requirements'
import type { CheckResult, TargetResult } from './results'
import type { Scenario } from './scenario/types'
import { evaluateTarget } from './targets/evaluate-target'
import { targetSeries } from './targets/target-series'
import { parseSeriesRef } from './scenario/series-ref'
import { meetsBounds } from './targets/tolerance'

/**
 * Checks a realised scenario.
 *
 * @example checkScenario(realiseScenario(loadScenario(text, "x.yaml"))).ok // => true when every target is met on the model path
 */
export function checkScenario(s: Scenario): CheckResult {
  const paths = scenarioPaths(s)
  const plan = pathReader(s, paths, paths.plan)
  const model = runModel(s, paths)
  const onModel = pathReader(s, paths, model.zone)
  const targets: TargetResult[] = s.targets.map((t) => {
    const planValue = evaluateTarget(t, plan)
    const modelValue = evaluateTarget(t, onModel)
    const modelMet = meetsBounds(modelValue, t)
    return {
      id: t.id,
      kind: t.kind,
      ...(t.label ? { label: t.label } : {}),
      ...(t.min === undefined ? {} : { min: t.min }),
      ...(t.max === undefined ? {} : { max: t.max }),
      plan: { value: planValue, met: meetsBounds(planValue, t) },
      model: { value: modelValue, met: modelMet },
      probability: null,
      status: modelMet ? 'met' : 'missed'
    }
  })
  const planRevenue = s.plan.fiscal_revenue ? paths.plan.fiscal_revenue : undefined
  const revenue = planRevenue && planRevenue.every((x) => x !== null) ? planRevenue : model.series.fiscal_revenue!
  // requirements follow what the plan states, not a base value held flat
  const stated = (name: string) => (s.plan[name] ? paths.plan[name] : undefined)
  const planGdp = stated('gdp')
  const req = planGdp ? requirements(model.params, planGdp, stated('investment'), revenue, model.series.project_investment!) : null
  const findings = [
    ...levelRateMismatch(s, paths),
    ...partsVsTotal(s, paths),
    ...frontLoaded(s, paths),
    ...impliedRestGrowth(s, paths, plan),
    ...mixedPriceBasis(s, plan),
    ...targetUnreachableOnPlan(s, targets),
    ...impliedIcor(s, req, model.params.gestation),
    ...landShort(s, req),
    ...debtLimitBreached(paths.years, model.series.debt_ratio!, model.series.debt!, model.params.debtLimit, s.money),
    ...defaultAssumed(model.params.defaulted, s.money)
  ]
  const ok = targets.every((t) => t.status === 'met') && !findings.some((f) => f.severity === 'error')
  const notes: string[] = []
  if (model.params.base.gdp === null) notes.push('the scenario gives no base.gdp, so the model path has no output, revenue or indicators')
  const named = new Set(s.targets.flatMap((t) => targetSeries(t).map((ref) => parseSeriesRef(ref))).filter((r) => r.scope === 'zone').map((r) => r.series))
  const followed = model.fromPlan.filter((name) => named.has(name))
  if (followed.length > 0) notes.push(`the model path gives no ${followed.join(', ')} of its own: there they follow their plan path`)
  return {
    scenario: { id: s.id, title: s.title, years: s.years },
    ok,
    status_from: 'model',
    targets,
    findings,
    requirements: req ?? {},
    notes
  }
}
