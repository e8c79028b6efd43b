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
  const lo = Math.floor(h)
  const hi = Math.min(n - 1, lo + 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}
