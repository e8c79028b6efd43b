/**
 * The p-quantile of sorted values by linear interpolation between order statistics (Hyndman &
 * Fan's type 7: numpy's and R's default), so results match `numpy.quantile(x, p)`.
 *
 * @param sorted ascending, no NaN
 * @example quantileSorted(Float64Array.from([1, 2, 3, 4]), 0.5) // => 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return NaN
  const h = (n - 1) * p
  const [lo, hi] = typeSevenRanks(n, p)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

/**
 * The two ranks (0-based) of n ≥ 1 sorted values that `quantileSorted` reads at p.
 *
 * @example typeSevenRanks(4, 0.5) // => [1, 2]
 */
export function typeSevenRanks(n: number, p: number): [lo: number, hi: number] {
  const lo = Math.floor((n - 1) * p)
  return [lo, Math.min(n - 1, lo + 1)]
}
