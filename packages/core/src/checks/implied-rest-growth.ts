/**
 * `implied-rest-growth` (MODEL.md §4): for a share target (min m in year τ), the highest average
 * growth the rest of the region may have from t0 to τ for the plan path to reach it:
 * `(X(τ)·(1/m − 1) / rest(t0))^(1/(τ−t0)) − 1`, rest = region − zone.
 */
import type { PathReader, ScenarioPaths } from '../plan/scenario-paths'
import type { Finding } from '../results'
import { commonBasis } from '../paths/convert-basis'
import { regionRef } from '../scenario/series-ref'
import type { Scenario } from '../scenario/types'
import { fmtGrowth, fmtNum, fmtPct } from '../util/format'
import { seriesLabel, seriesName } from './series-name'
import { seriesUnit } from '../scenario/series-unit'

export function impliedRestGrowth(s: Scenario, paths: ScenarioPaths, plan: PathReader): Finding[] {
  const out: Finding[] = []
  const t0 = paths.years[0]!
  for (const t of s.targets) {
    if (t.kind !== 'share' || t.min === undefined || t.min <= 0 || t.min >= 1 || t.year <= t0) continue
    const m = t.min
    const of = regionRef(t.of)
    const basis = commonBasis(plan.basis(t.series), plan.basis(of))
    const x0 = plan.in(t.series, t0, basis)
    const xT = plan.in(t.series, t.year, basis)
    const r0 = plan.in(of, t0, basis)
    const rT = plan.in(of, t.year, basis)
    if (x0 === null || xT === null || r0 === null || rT === null) continue
    const years = t.year - t0
    const rest0 = r0 - x0
    const regionGrowth = r0 > 0 ? Math.pow(rT / r0, 1 / years) - 1 : null
    const common = { series: t.series, region_series: of, target: t.id, year: t.year, share_min: m, zone_base: x0, zone_at_year: xT, region_base: r0, rest_base: rest0, region_growth: regionGrowth }
    const names = { series_label: seriesLabel(s, t.series), region_series_label: seriesLabel(s, of), unit: seriesUnit(s, t.series), base_year: t0, region_at_year: rT }
    if (rest0 <= 0) {
      out.push({ code: 'implied-rest-growth', severity: 'warning', message: `${seriesName(s, t.series)} is ${fmtNum(x0)} in ${t0}, not less than ${seriesName(s, of)} of ${fmtNum(r0)}: the zone cannot be part of that region as stated. Check the region's base value and units.`, ...common, implied_rest_growth: null, ...names })
      continue
    }
    const restMax = xT * (1 / m - 1)
    // finite: the loader keeps stated numbers within MIN_MAGNITUDE…MAX_MAGNITUDE (leaf.ts)
    const implied = Math.pow(restMax / rest0, 1 / years) - 1
    const low = regionGrowth !== null && implied < regionGrowth / 2
    // what the region path as given leaves for the rest of the region
    const restT = rT - xT
    const restOnPaths = restT > 0 ? Math.pow(restT / rest0, 1 / years) - 1 : null
    const shrinks = restOnPaths === null || restOnPaths < 0
    const severity = implied < 0 || low || shrinks ? 'warning' : 'info'
    const g = (x: number) => fmtGrowth(x, 2)
    const regionText = regionGrowth === null ? '' : ` The region as a whole is assumed to grow ${g(regionGrowth)} a year (${fmtNum(r0)} → ${fmtNum(rT)})${regionGrowth > 0 ? `; half that is ${g(regionGrowth / 2)}` : ''}.`
    const verdict =
      implied < 0
        ? ' The rest of the region would have to shrink: the target asks the zone to outgrow its whole region.'
        : low
          ? ' That is less than half the region’s own growth: the share target asks the rest of the region to stall while the zone races ahead.'
          : ''
    const pathsText = shrinks
      ? ` On the region path as given, the rest of the region ${restOnPaths === null ? `vanishes by ${t.year} (the zone's ${fmtNum(xT)} is not less than the region's ${fmtNum(rT)})` : `shrinks ${g(restOnPaths)} a year (${fmtNum(rest0)} → ${fmtNum(restT)})`}: the zone's plan and the region's path cannot both hold.`
      : ''
    out.push({
      code: 'implied-rest-growth',
      severity,
      message:
        `To be ${fmtPct(m)} of ${seriesName(s, of)} in ${t.year} (target ${t.id}), with the zone on its plan path (${fmtNum(x0)} in ${t0} → ${fmtNum(xT)} in ${t.year}), ` +
        `the rest of the region (${fmtNum(rest0)} in ${t0}) may grow at most ${g(implied)} a year and be at most ${fmtNum(restMax)} in ${t.year}.${regionText}${verdict}${pathsText}`,
      ...common,
      implied_rest_growth: implied,
      rest_max_at_year: restMax,
      rest_growth_on_paths: restOnPaths,
      ...names
    })
  }
  return out
}
