/**
 * `level-rate-mismatch` (MODEL.md §4, A3): a stated level and its stated growth disagree with the
 * previous year's level by more than one percentage point.
 */
import type { ScenarioPaths } from '../plan/scenario-paths'
import type { Finding } from '../results'
import type { Scenario } from '../scenario/types'
import { fmtGrowth, fmtNum, fmtPoints } from '../util/format'
import { seriesLabel, seriesName } from './series-name'
import { seriesUnit } from '../scenario/series-unit'

/** One percentage point: rounding in a speech is a tenth of a point; more is a different number. */
export const LEVEL_RATE_TOLERANCE = 0.01

export function levelRateMismatch(s: Scenario, paths: ScenarioPaths): Finding[] {
  const out: Finding[] = []
  const t0 = paths.years[0]!
  for (const [name, p] of Object.entries(s.plan)) {
    for (const l of p.levels) {
      if (l.growth === undefined) continue
      const prev = paths.plan[name]?.[l.year - 1 - t0] ?? null
      if (prev === null || prev <= 0) continue
      const implied = l.value / prev - 1
      const gap = implied - l.growth
      if (Math.abs(gap) <= LEVEL_RATE_TOLERANCE) continue
      const atStated = prev * (1 + l.growth)
      const baseImplied = l.value / (1 + l.growth)
      const prevWhat = l.year - 1 === t0 ? `the ${t0} base of ${fmtNum(prev)}` : `the plan path's ${fmtNum(prev)} in ${l.year - 1}`
      out.push({
        code: 'level-rate-mismatch',
        severity: 'warning',
        message:
          `${seriesName(s, name)} ${l.year}: the stated level ${fmtNum(l.value)} is ${fmtGrowth(implied)} on ${prevWhat}, but the plan states ${fmtGrowth(l.growth)} (${fmtPoints(gap)} apart). ` +
          `At ${fmtGrowth(l.growth)} the ${l.year} level would be ${fmtNum(atStated)}; a level of ${fmtNum(l.value)} reached at ${fmtGrowth(l.growth)} implies a ${l.year - 1} level of ${fmtNum(baseImplied)}. ` +
          `One of the three numbers is wrong, or they measure different things (coverage, price basis).`,
        series: name,
        series_label: seriesLabel(s, name),
        unit: seriesUnit(s, name),
        year: l.year,
        stated_level: l.value,
        stated_growth: l.growth,
        previous_year: l.year - 1,
        previous_level: prev,
        implied_growth: implied,
        level_at_stated_growth: atStated,
        previous_level_implied: baseImplied
      })
    }
  }
  return out
}
