/**
 * Number formats for finding messages: what a planner reads in a report.
 */

/**
 * A level with thousands separators and at most two decimals.
 *
 * @example fmtNum(1227.79) // => "1,227.79"
 * @example fmtNum(3184.456) // => "3,184.46"
 */
export function fmtNum(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 0 }).replace(/^-0$/, '0')
}

/**
 * A rate as a percentage with one decimal.
 *
 * @example fmtPct(0.2367) // => "23.7%"
 */
export function fmtPct(x: number): string {
  return `${(x * 100).toFixed(1)}%`
}

/**
 * A signed growth rate.
 *
 * @example fmtGrowth(0.37) // => "+37.0%"
 */
export function fmtGrowth(x: number, decimals = 1): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(decimals)}%`
}

/**
 * A difference of rates in percentage points.
 *
 * @example fmtPoints(0.16) // => "16.0 points"
 */
export function fmtPoints(x: number): string {
  return `${Math.abs(x * 100).toFixed(1)} points`
}
