import { quantile } from 'simple-statistics'
import type { ObservedSeries } from '../history/observed-series'
import { valueAt } from '../history/observed-series'

/** The apparent ICOR of a history, over a whole period and year by year. */
export interface ApparentIcor {
  /** gestation lag ℓ, years */
  lag: number
  /** output years t0 and T the ratio spans */
  from: number
  to: number
  /** `Σ_{t=t0+1}^{T} I(t−ℓ) / (Y(T) − Y(t0))`, investment per unit of added annual output; null when output did not grow */
  value: number | null
  /** `I(t−ℓ) / (Y(t) − Y(t−1))` per output year; null where output fell or stood still */
  annual: { year: number; value: number | null }[]
  /** 25th and 75th percentiles of the finite annual ratios (simple-statistics `quantile`), the range a scenario's `checks.icor_range` can take; null with fewer than two */
  p25: number | null
  p75: number | null
}

/**
 * Apparent incremental capital-output ratio of the history (MODEL.md §8, the observed
 * counterpart of R4): investment of the years `t0+1−ℓ … T−ℓ` divided by the output it added,
 * `Y(T) − Y(t0)`, over the longest span both series cover. Both series must be in the same
 * prices (both nominal, or both real). O(n).
 *
 * @param output output levels Y (e.g. gdp)
 * @param investment fixed-asset investment I, same money unit
 * @param lag gestation lag ℓ in years (MODEL.md `gestation_years`), ≥ 0
 * @returns undefined when the series overlap too little (fewer than two output years)
 * @example apparentIcor({ name: "gdp", years: [2000, 2001, 2002], values: [100, 110, 120] }, { name: "investment", years: [2000, 2001], values: [40, 40] }, 1)?.value // => 4
 */
export function apparentIcor(output: ObservedSeries, investment: ObservedSeries, lag: number): ApparentIcor | undefined {
  const from = Math.max(output.years[0]!, investment.years[0]! + lag - 1)
  const to = Math.min(output.years[output.years.length - 1]!, investment.years[investment.years.length - 1]! + lag)
  if (to <= from) return undefined
  let invested = 0
  const annual: ApparentIcor['annual'] = []
  for (let t = from + 1; t <= to; t++) {
    const i = valueAt(investment, t - lag)!
    const added = valueAt(output, t)! - valueAt(output, t - 1)!
    invested += i
    annual.push({ year: t, value: added > 0 ? i / added : null })
  }
  const added = valueAt(output, to)! - valueAt(output, from)!
  const finite = annual.flatMap((a) => (a.value === null ? [] : [a.value]))
  const enough = finite.length >= 2
  return { lag, from, to, value: added > 0 ? invested / added : null, annual, p25: enough ? quantile(finite, 0.25) : null, p75: enough ? quantile(finite, 0.75) : null }
}
