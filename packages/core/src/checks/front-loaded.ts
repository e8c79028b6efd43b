/**
 * `front-loaded` (MODEL.md §4): first-year growth exceeds the average growth of the remaining
 * years by more than 10 points — the plan counts on a jump it does not sustain.
 */
import type { ScenarioPaths } from '../plan/scenario-paths'
import type { Finding } from '../results'
import type { Scenario } from '../scenario/types'
import { fmtGrowth, fmtNum, fmtPoints } from '../util/format'
import { seriesLabel, seriesName } from './series-name'
import { seriesUnit } from '../scenario/series-unit'

/** Ten points: MODEL.md §4's threshold for a first year out of line with the rest. */
export const FRONT_LOADED_POINTS = 0.1

export function frontLoaded(s: Scenario, paths: ScenarioPaths): Finding[] {
  const out: Finding[] = []
  const n = paths.years.length - 1
  if (n < 2) return out
  const t0 = paths.years[0]!
  for (const [name, p] of Object.entries(s.plan)) {
    // a plan that says nothing after the first year has no profile to compare with
    const speaksLater = p.growth !== undefined || p.levels.some((l) => l.year > t0 + 1)
    if (!speaksLater) continue
    const v = paths.plan[name]
    const x0 = v?.[0]
    const x1 = v?.[1]
    const xT = v?.[n]
    if (x0 == null || x1 == null || xT == null || x0 <= 0 || x1 <= 0 || xT <= 0) continue
    const first = x1 / x0 - 1
    const rest = Math.pow(xT / x1, 1 / (n - 1)) - 1
    if (first - rest <= FRONT_LOADED_POINTS) continue
    out.push({
      code: 'front-loaded',
      severity: 'info',
      message:
        `${seriesName(s, name)} grows ${fmtGrowth(first)} in ${t0 + 1} (${fmtNum(x0)} → ${fmtNum(x1)}) but only ${fmtGrowth(rest)} a year over ${t0 + 2}–${t0 + n} (${fmtNum(x1)} → ${fmtNum(xT)}): ` +
        `${fmtPoints(first - rest)} more in the first year. The plan leans on a first-year jump; if it comes from a one-off (a new zone counted, a big project), the later years carry no such push.`,
      series: name,
      series_label: seriesLabel(s, name),
      unit: seriesUnit(s, name),
      first_year: t0 + 1,
      first_year_growth: first,
      remaining_years_growth: rest,
      difference: first - rest,
      base_year: t0,
      base_level: x0,
      first_year_level: x1,
      end_year: t0 + n,
      end_level: xT
    })
  }
  return out
}
