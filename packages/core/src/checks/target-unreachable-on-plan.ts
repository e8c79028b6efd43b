/**
 * `target-unreachable-on-plan` (MODEL.md §4): the plan's own path misses one of its targets.
 */
import type { Finding, TargetResult } from '../results'
import type { Scenario, Target } from '../scenario/types'
import { fmtApart, fmtNum, fmtPct } from '../util/format'
import { seriesUnit } from '../scenario/series-unit'

const isRate = (t: Target) => t.kind === 'cagr' || t.kind === 'growth' || t.kind === 'share'

export function targetUnreachableOnPlan(s: Scenario, results: readonly TargetResult[]): Finding[] {
  const out: Finding[] = []
  s.targets.forEach((t, i) => {
    const r = results[i]!
    if (r.plan.met) return
    const label = t.label?.en ? ` (“${t.label.en}”)` : ''
    const message =
      r.plan.value === null
        ? `Target ${t.id}${label} cannot be evaluated on the plan path: the plan gives no value for a year or series it needs. Add the missing plan levels or base values.`
        : `The plan's own numbers miss target ${t.id}${label}: its path gives ${missText(t, r.plan.value)}. The plan contradicts itself; one of the stated numbers must change.`
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

/**
 * "V, the target asks for at least A and at most B": rates as percentages with one decimal, other
 * values with two, or as many more as it takes for the value not to read as a bound it misses.
 */
function missText(t: Target, value: number): string {
  const given = [t.min, t.max].filter((b) => b !== undefined)
  const shown = isRate(t) ? fmtApart(value, given, fmtPct, 1) : fmtApart(value, given, fmtNum, 2)
  const text = (b: number) => shown.bounds[given.indexOf(b)]!
  const bound = [t.min !== undefined ? `at least ${text(t.min)}` : '', t.max !== undefined ? `at most ${text(t.max)}` : ''].filter(Boolean).join(' and ')
  return `${shown.value}, the target asks for ${bound}`
}
