import { medianAbsoluteDeviation } from 'simple-statistics'

/** MAD × 1.4826 estimates a normal distribution's sd: 1/Φ⁻¹(¾) = 1.482602… */
export const MAD_TO_SD = 1.482602218505602

/**
 * Robust standard deviation: the median absolute deviation from the median, scaled by 1.4826 so
 * that it estimates σ for normal data (Hampel 1974). Up to half the values may be wild before it
 * moves, so an outlier cannot hide by inflating the spread it is judged against. O(n log n).
 *
 * @param xs values, in any unit; the result is in the same unit
 * @throws Error when `xs` is empty
 * @example robustSd([1, 1, 2, 2, 4, 6, 9]) // => 1.482602218505602
 */
export function robustSd(xs: readonly number[]): number {
  return MAD_TO_SD * medianAbsoluteDeviation(xs as number[])
}
