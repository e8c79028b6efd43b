/**
 * Log growth of consecutive levels: `g(t) = ln(y(t) / y(t−1))`, a fraction per year (0.1 is
 * about +10.5%). One value fewer than levels. O(n).
 *
 * @param levels positive levels of consecutive years, in any unit
 * @example logGrowth([100, 110, 121]) // => [0.09531017980432493, 0.09531017980432477]
 */
export function logGrowth(levels: readonly number[]): number[] {
  const out: number[] = []
  for (let i = 1; i < levels.length; i++) out.push(Math.log(levels[i]! / levels[i - 1]!))
  return out
}
