import { linearRegression, linearRegressionLine, rSquared } from 'simple-statistics'
import type { ObservedSeries } from '../history/observed-series'
import { valueAt } from '../history/observed-series'

/** Revenue against output over the years both series cover. */
export interface RevenueRatios {
  from: number
  to: number
  /** effective tax ratio `ΣR / ΣY` over the span, a fraction */
  tax_ratio: number
  /** `R/Y` in the last year of the span */
  tax_ratio_last: number
  /** revenue buoyancy: OLS slope of Δln R on Δln Y (elasticity of revenue to output); null with fewer than three yearly pairs */
  buoyancy: number | null
  /** R² of that regression; null with the slope */
  buoyancy_r2: number | null
}

/**
 * Effective tax ratio and revenue buoyancy of a history (MODEL.md §8; buoyancy is the β of
 * M7): the ratio of summed revenue to summed output, and the slope of the yearly log growth of
 * revenue on that of output, by simple-statistics' `linearRegression`. Both series in the same
 * prices (revenue is nominal: give nominal output). O(n).
 *
 * @param output output levels Y (e.g. gdp)
 * @param revenue fiscal revenue R, same money unit
 * @returns undefined when the series share fewer than two years
 * @example revenueRatios({ name: "gdp", years: [2000, 2001, 2002, 2003], values: [100, 110, 121, 133.1] }, { name: "fiscal_revenue", years: [2000, 2001, 2002, 2003], values: [10, 12.1, 14.641, 17.7161] })?.buoyancy // => 2.0000000000000004
 */
export function revenueRatios(output: ObservedSeries, revenue: ObservedSeries): RevenueRatios | undefined {
  const from = Math.max(output.years[0]!, revenue.years[0]!)
  const to = Math.min(output.years[output.years.length - 1]!, revenue.years[revenue.years.length - 1]!)
  if (to <= from) return undefined
  let sumY = 0
  let sumR = 0
  const pairs: number[][] = []
  for (let t = from; t <= to; t++) {
    sumY += valueAt(output, t)!
    sumR += valueAt(revenue, t)!
    if (t > from) pairs.push([Math.log(valueAt(output, t)! / valueAt(output, t - 1)!), Math.log(valueAt(revenue, t)! / valueAt(revenue, t - 1)!)])
  }
  let buoyancy: number | null = null
  let buoyancyR2: number | null = null
  if (pairs.length >= 3) {
    const fit = linearRegression(pairs)
    buoyancy = fit.m
    buoyancyR2 = rSquared(pairs, linearRegressionLine(fit))
  }
  return { from, to, tax_ratio: sumR / sumY, tax_ratio_last: valueAt(revenue, to)! / valueAt(output, to)!, buoyancy, buoyancy_r2: buoyancyR2 }
}
