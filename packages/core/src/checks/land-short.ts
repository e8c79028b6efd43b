/**
 * `land-short` (MODEL.md §4, R2): the plan's growth needs more land than the zone has left.
 */
import type { Finding } from '../results'
import type { Requirements } from '../requirements/requirements'
import type { Scenario } from '../scenario/types'
import { fmtNum } from '../util/format'

export function landShort(s: Scenario, r: Requirements | null): Finding[] {
  if (!r || r.land_needed_km2 === null || r.land_available_km2 === null) return []
  if (r.land_needed_km2 <= r.land_available_km2) return []
  const short = r.land_needed_km2 - r.land_available_km2
  return [
    {
      code: 'land-short',
      severity: 'warning',
      message:
        `The plan's GDP path needs ${fmtNum(r.project_investment_real_total)} of new project investment (base-year prices), which at the assumed investment intensity occupies ${fmtNum(r.land_needed_km2)} km², ` +
        `but only ${fmtNum(r.land_available_km2)} km² of the planned area is not yet in use: ${fmtNum(short)} km² short${r.land_runs_out_year === null ? '' : `, with land running out in ${r.land_runs_out_year}`}. ` +
        `Raise the investment intensity (more investment per mu), enlarge the planned area, reclaim idle land, or lower the growth target.`,
      land_needed_km2: r.land_needed_km2,
      land_available_km2: r.land_available_km2,
      shortfall_km2: short,
      year: r.land_runs_out_year,
      scenario_end: s.years.end,
      project_investment_real_total: r.project_investment_real_total,
      money: s.money
    }
  ]
}
