import type { CheckResult, Requirements } from '@zonecast/core'
import { formatNumber, missingValue } from '../format/format-number'
import { formatTable } from '../format/format-table'

/** Decimals of an ICOR or a debt ratio: 1.89. */
const ratioDecimals = 2

/**
 * What the plan's GDP path needs (MODEL.md §3) as a two-column table, or an empty string when
 * the scenario gives no plan GDP path.
 *
 * @example renderRequirements(result) // => "requirement  value\n...implied ICOR of the plan  1.89\n"
 */
export function renderRequirements(result: CheckResult): string {
  const r = result.requirements as Partial<Requirements>
  if (r.project_investment_real === undefined) return ''
  const { base, end } = result.scenario.years
  const num = (x: number | null | undefined, decimals = 1) => (x === null || x === undefined ? missingValue : formatNumber(x, { style: 'level', decimals }))
  const span = end > base + 1 ? `${base + 1}–${end}` : `in ${end}`
  const rows: string[][] = []
  if (r.base_cohort) rows.push([`project investment ${r.base_cohort.year} for ${r.base_cohort.year + 1}'s growth: needed / made`, `${num(r.base_cohort.required)} / ${num(r.base_cohort.made)}`])
  if (end > base + 1 || !r.base_cohort) rows.push([`new project investment ${span} (base-year prices)`, num(r.project_investment_real_total)])
  rows.push(
    [`infrastructure planned ${span} (base-year prices)`, num(r.infrastructure_planned_real)],
    ['implied ICOR of the plan (R4)', num(r.implied_icor, ratioDecimals)]
  )
  if (r.land_needed_km2 !== null && r.land_needed_km2 !== undefined) {
    rows.push(
      ['land the new investment needs (km²)', num(r.land_needed_km2)],
      ['land not yet in use (km²)', num(r.land_available_km2)],
      ['land runs out in', r.land_runs_out_year === null || r.land_runs_out_year === undefined ? 'never' : String(r.land_runs_out_year)],
      ['servicing beyond land serviced now (base-year prices)', num(r.servicing_needed_real)],
      ['peak debt ratio if that servicing is borrowed (R5)', r.debt_ratio_required_peak ? `${formatNumber(r.debt_ratio_required_peak.value, { style: 'level', decimals: ratioDecimals })} in ${r.debt_ratio_required_peak.year}` : missingValue]
    )
  }
  return formatTable({ header: ['what the plan path needs', 'value'], rows, align: ['left', 'right'] })
}
