import { mean, sampleStandardDeviation } from 'simple-statistics'
import { cagr } from './cagr'
import { logGrowth } from './log-growth'
import { logLinearTrend } from './log-linear-trend'

/** The growth statistics of one series (MODEL.md §8), keyed as `calibrate --json` prints them. */
export interface GrowthStats {
  /** first and last year the statistics cover */
  from: number
  to: number
  /** observations used */
  n: number
  /** compound annual growth, first to last year, a fraction per year */
  cagr: number
  /** mean of the yearly log growth `ln(y(t)/y(t−1))` */
  log_growth_mean: number
  /** sample standard deviation (n − 1) of the yearly log growth; null with fewer than two growth rates */
  log_growth_sd: number | null
  /** growth of the log-linear trend `e^b − 1`, a fraction per year */
  trend_growth: number
  /** R² of the log-linear trend, 0–1 */
  r2: number
}

/**
 * CAGR, mean and sample sd (n − 1) of log growth, and the log-linear trend's growth with its R²,
 * from consecutive years' levels. O(n).
 *
 * @param years consecutive years, ascending
 * @param levels positive levels, one per year, in any unit
 * @throws Error with fewer than two levels
 * @example growthStats([2000, 2001, 2002], [100, 110, 121]).cagr // => 0.10000000000000009
 */
export function growthStats(years: readonly number[], levels: readonly number[]): GrowthStats {
  const g = logGrowth(levels)
  const trend = logLinearTrend(years, levels)
  return {
    from: years[0]!,
    to: years[years.length - 1]!,
    n: levels.length,
    cagr: cagr(levels),
    log_growth_mean: mean(g),
    log_growth_sd: g.length >= 2 ? sampleStandardDeviation(g) : null,
    trend_growth: trend.growth,
    r2: trend.r2
  }
}
