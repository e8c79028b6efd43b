import type { CheckResult, Requirements } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { formatNumber, missingValue } from '../format/format-number'

/** Decimals of an ICOR or a debt ratio: 1.89. */
const ratioDecimals = 2

/** The row labels of `requirementRows`, in each language. */
const words = {
  en: {
    baseCohort: (year: number) => `project investment ${year} for ${year + 1}'s growth: needed / made`,
    newInvestment: (span: string) => `new project investment ${span} (base-year prices)`,
    infrastructure: (span: string) => `infrastructure planned ${span} (base-year prices)`,
    span: (from: number, to: number) => (to > from ? `${from}–${to}` : `in ${to}`),
    icor: 'implied ICOR of the plan (R4)',
    landNeeded: 'land the new investment needs (km²)',
    landAvailable: 'land not yet in use (km²)',
    runsOut: 'land runs out in',
    never: 'never',
    servicing: 'servicing beyond land serviced now (base-year prices)',
    debtPeak: 'peak debt ratio if that servicing is borrowed (R5)',
    inYear: (value: string, year: number) => `${value} in ${year}`
  },
  zh: {
    baseCohort: (year: number) => `${year}年項目投資（支撐${year + 1}年增長）：所需／實際`,
    newInvestment: (span: string) => `${span}新增項目投資（基年價格）`,
    infrastructure: (span: string) => `${span}規劃基礎設施投資（基年價格）`,
    span: (from: number, to: number) => (to > from ? `${from}–${to}年` : `${to}年`),
    icor: '規劃隱含的資本產出比（R4）',
    landNeeded: '新增投資所需土地（平方公里）',
    landAvailable: '尚未使用的土地（平方公里）',
    runsOut: '土地用盡年份',
    never: '不會用盡',
    servicing: '超出現有已開發土地的開發投入（基年價格）',
    debtPeak: '開發投入全部舉債時的債務率峰值（R5）',
    inYear: (value: string, year: number) => `${year}年${value}`
  }
} as const

/**
 * What the plan's GDP path needs (MODEL.md §3, R1–R5) as label–value rows in the chosen language,
 * or no rows when the scenario gives no plan GDP path. `check` prints them; `report` tabulates them.
 *
 * @example requirementRows(result, 'en').find(([label]) => label.startsWith('implied ICOR')) // => ["implied ICOR of the plan (R4)", "1.89"]
 */
export function requirementRows(result: CheckResult, lang: Lang): [label: string, value: string][] {
  const r = result.requirements as Partial<Requirements>
  if (r.project_investment_real === undefined) return []
  const w = words[lang]
  const { base, end } = result.scenario.years
  const num = (x: number | null | undefined, decimals = 1) => (x === null || x === undefined ? missingValue : formatNumber(x, { style: 'level', decimals }))
  const span = w.span(base + 1, end)
  const rows: [string, string][] = []
  if (r.base_cohort) rows.push([w.baseCohort(r.base_cohort.year), `${num(r.base_cohort.required)} / ${num(r.base_cohort.made)}`])
  if (end > base + 1 || !r.base_cohort) rows.push([w.newInvestment(span), num(r.project_investment_real_total)])
  rows.push([w.infrastructure(span), num(r.infrastructure_planned_real)], [w.icor, num(r.implied_icor, ratioDecimals)])
  if (r.land_needed_km2 !== null && r.land_needed_km2 !== undefined) {
    rows.push(
      [w.landNeeded, num(r.land_needed_km2)],
      [w.landAvailable, num(r.land_available_km2)],
      [w.runsOut, r.land_runs_out_year === null || r.land_runs_out_year === undefined ? w.never : String(r.land_runs_out_year)],
      [w.servicing, num(r.servicing_needed_real)],
      [w.debtPeak, r.debt_ratio_required_peak ? w.inYear(formatNumber(r.debt_ratio_required_peak.value, { style: 'level', decimals: ratioDecimals }), r.debt_ratio_required_peak.year) : missingValue]
    )
  }
  return rows
}
