/**
 * `target-unreachable-on-plan` (MODEL.md §4): the plan's own path misses one of its targets.
 */
import type { Finding, TargetResult } from '../results'
import type { Scenario, Target } from '../scenario/types'
import { fmtApart, groupDigits } from '../util/format'
import { seriesUnit } from '../scenario/series-unit'

const isRate = (t: Target) => t.kind === 'cagr' || t.kind === 'growth' || t.kind === 'share'

export function targetUnreachableOnPlan(s: Scenario, results: readonly TargetResult[]): Finding[] {
  const out: Finding[] = []
  s.targets.forEach((t, i) => {
    const r = results[i]!
    if (r.plan.met) return
    // rates as percentages with one decimal, others with two; more where the value would read as its bound
    const [format, decimals] = isRate(t) ? [(x: number, d: number) => `${(x * 100).toFixed(d)}%`, 1] as const : [groupDigits, 2] as const
    const shown = fmtApart(r.plan.value ?? NaN, [t.min, t.max].filter((b) => b !== undefined), format, decimals)
    const [minText, maxText] = t.min !== undefined ? [shown.bounds[0], shown.bounds[1]] : [undefined, shown.bounds[0]]
    const bound = [minText !== undefined ? `at least ${minText}` : '', maxText !== undefined ? `at most ${maxText}` : ''].filter(Boolean).join(' and ')
    const label = t.label?.en ? ` (“${t.label.en}”)` : ''
    const message =
      r.plan.value === null
        ? `Target ${t.id}${label} cannot be evaluated on the plan path: the plan gives no value for a year or series it needs. Add the missing plan levels or base values.`
        : `The plan's own numbers miss target ${t.id}${label}: its path gives ${shown.value}, the target asks for ${bound}. The plan contradicts itself; one of the stated numbers must change.`
    // a level or a sum over years is in its series' unit; rates, shares, ratios and expressions have none
    const unit = t.kind === 'level' || t.kind === 'cumulative' ? { unit: seriesUnit(s, t.series) } : {}
    out.push({
      code: 'target-unreachable-on-plan',
      severity: 'warning',
      message,
      target: t.id,
      plan_value: r.plan.value,
      ...(t.min === undefined ? {} : { min: t.min }),
      ...(t.max === undefined ? {} : { max: t.max }),
      target_kind: t.kind,
      ...(t.label ? { target_label: t.label } : {}),
      ...unit
    })
  })
  return out
}
