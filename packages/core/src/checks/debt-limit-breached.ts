/**
 * `debt-limit-breached` (MODEL.md §4, M10–M11): on the model path the zone's debt exceeds its
 * limit (a multiple of a year's revenue) in some year.
 *
 * @param money the scenario's money unit, which the debt is in (the finding's `money`)
 */
import type { Values } from '../plan/scenario-paths'
import type { Finding } from '../results'
import { fmtNum } from '../util/format'

export function debtLimitBreached(years: readonly number[], debtRatio: Values, debtValues: Values, limit: number, money: string): Finding[] {
  let first = -1
  let peak = -1
  debtRatio.forEach((x, i) => {
    if (x === null || x <= limit) return
    if (first < 0) first = i
    if (peak < 0 || x > debtRatio[peak]!) peak = i
  })
  if (first < 0) return []
  const ratio = debtRatio[first]!
  const peakRatio = debtRatio[peak]!
  return [
    {
      code: 'debt-limit-breached',
      severity: 'warning',
      message:
        `On the model path the zone's debt reaches ${fmtNum(debtValues[first]!)} in ${years[first]}, ${ratio.toFixed(2)} times that year's fiscal revenue, above the limit of ${limit.toFixed(2)}` +
        (peak !== first ? `; it peaks at ${peakRatio.toFixed(2)} times revenue in ${years[peak]}` : '') +
        `. Infrastructure outruns what revenue, land sales and grants pay for. Slow the infrastructure programme, raise the budget share or land price, or secure grants.`,
      year: years[first],
      debt_ratio: ratio,
      debt: debtValues[first],
      peak_year: years[peak],
      peak_debt_ratio: peakRatio,
      debt_limit: limit,
      money
    }
  ]
}
