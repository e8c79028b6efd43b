/**
 * `mixed-price-basis` (MODEL.md §4, P0): a target compares a series at constant prices with one
 * at current prices, and the scenario gives no inflation to convert between them.
 */
import type { PathReader } from '../plan/scenario-paths'
import type { Finding } from '../results'
import type { Scenario } from '../scenario/types'
import { targetSeries } from '../targets/target-series'
import { seriesLabel, seriesName } from './series-name'

export function mixedPriceBasis(s: Scenario, plan: PathReader): Finding[] {
  if (s.inflation !== null) return []
  const out: Finding[] = []
  for (const t of s.targets) {
    if (t.kind !== 'share' && t.kind !== 'ratio' && t.kind !== 'expr') continue
    const refs = targetSeries(t)
    const real = refs.filter((r) => plan.basis(r) === 'real')
    const nominal = refs.filter((r) => plan.basis(r) === 'nominal')
    if (real.length === 0 || nominal.length === 0) continue
    out.push({
      code: 'mixed-price-basis',
      severity: 'warning',
      message:
        `Target ${t.id} compares ${real.map((r) => seriesName(s, r)).join(', ')} at constant prices with ${nominal.map((r) => seriesName(s, r)).join(', ')} at current prices, ` +
        `and the scenario states no inflation, so they are compared as if prices never changed: the result is off by the price rise since the base year. ` +
        `State \`inflation:\` (a rate path), or set the series' basis under \`series:\` if the plan's figures are in fact on one basis.`,
      target: t.id,
      real_series: real,
      nominal_series: nominal,
      real_series_labels: real.map((r) => seriesLabel(s, r)),
      nominal_series_labels: nominal.map((r) => seriesLabel(s, r))
    })
  }
  return out
}
