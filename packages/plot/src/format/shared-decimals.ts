import { levelDecimals } from './format-number'

/** Decimals the labels may show beyond what their largest value needs: past it the largest would read as noise ("2,270.000"). */
const mostBeyondLargest = 1

/**
 * One number of decimals for labels drawn side by side (the ends of a chart's lines), so that
 * they read as one set: enough for the smallest (`levelDecimals`, about three significant
 * digits), but at most one more than the largest needs — and never so few that a value that is
 * not zero reads as zero. "1.330" beside "0.890", not "1.33" beside "0.890".
 *
 * @param values the values labelled; zeros and non-finite values do not count
 * @example sharedDecimals([1.33, 0.89]) // => 3 ("1.330", "0.890")
 * @example sharedDecimals([2270, 900, 0.89]) // => 1 ("2,270.0", "0.9")
 * @example sharedDecimals([2270, 0.004]) // => 3 ("2,270.000", "0.004": at one decimal it would read "0.0")
 * @example sharedDecimals([]) // => 0
 */
export function sharedDecimals(values: readonly number[]): number {
  const sizes = values.filter((v) => Number.isFinite(v) && v !== 0).map(Math.abs)
  if (sizes.length === 0) return 0
  const least = Math.min(...sizes)
  const smallest = levelDecimals(least)
  const largest = levelDecimals(Math.max(...sizes))
  // the decimals that show the smallest value's first significant digit
  const firstDigit = Math.max(0, -Math.floor(Math.log10(least)))
  return Math.max(Math.min(smallest, largest + mostBeyondLargest), firstDigit)
}
