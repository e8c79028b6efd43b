/** Significant digits worth showing: 億元 figures in plans carry about six (e.g. 1227.79). */
const significantDigits = 6
/** Levels never show more than two decimals (0.01 億元 is one million yuan)… */
export const maxLevelDecimals = 2
/**
 * …unless the row's largest value is below one: then it keeps this many significant digits, so
 * that a ratio such as 0.0018 億元/畝 (18 萬元 per mu) does not read 0.00.
 */
const smallRowSignificantDigits = 3

/**
 * How many decimals to show for a row of levels so that its largest value keeps about six
 * significant digits, between 0 and `maxDecimals` (more for a row of values below one, which
 * keeps three); none when every value is a whole number
 * (counts of projects, round plan figures). One count per row keeps the decimal points of a
 * column-aligned row in line.
 *
 * @param values the row (nulls and non-finite values are ignored)
 * @param maxDecimals the most decimals wanted
 * @example levelDecimals([1227.79, 1680]) // => 2
 * @example levelDecimals([36110, 40443.2]) // => 1
 * @example levelDecimals([123456]) // => 0
 * @example levelDecimals([33, 30]) // => 0
 * @example levelDecimals([0.0018, 0.0021]) // => 5 ("0.00180", three significant digits)
 */
export function levelDecimals(values: readonly (number | null)[], maxDecimals: number = maxLevelDecimals): number {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (finite.length > 0 && finite.every(Number.isInteger)) return 0
  const largest = Math.max(0, ...finite.map(Math.abs))
  if (largest === 0) return maxDecimals
  const wholeDigits = Math.floor(Math.log10(largest)) + 1
  if (wholeDigits <= 0) return Math.max(maxDecimals, smallRowSignificantDigits - wholeDigits)
  return Math.min(maxDecimals, Math.max(0, significantDigits - wholeDigits))
}
