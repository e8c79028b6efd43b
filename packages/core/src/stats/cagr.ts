/**
 * Compound annual growth rate between the first and the last level,
 * `(y(T)/y(t0))^(1/(T−t0)) − 1`, a fraction per year. O(1).
 *
 * @param levels positive levels of consecutive years (at least two)
 * @returns NaN with fewer than two levels
 * @example cagr([100, 110, 121]) // => 0.10000000000000009
 */
export function cagr(levels: readonly number[]): number {
  const n = levels.length
  if (n < 2) return NaN
  return Math.pow(levels[n - 1]! / levels[0]!, 1 / (n - 1)) - 1
}
