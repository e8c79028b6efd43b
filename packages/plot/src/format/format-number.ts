/** Digits between thousands separators. */
const groupSize = 3

/**
 * A number with thousands separators and fixed decimals, the same whatever the machine's
 * locale (`,` groups, `.` decimals: also the usage of Chinese statistical yearbooks).
 *
 * @param value the number
 * @param decimals digits after the point
 * @example formatNumber(1227.79, 1) // => "1,227.8"
 * @example formatNumber(-0.04, 1) // => "0.0"
 */
export function formatNumber(value: number, decimals: number): string {
  const text = value.toFixed(decimals)
  const negative = text.startsWith('-') && /[1-9]/.test(text)
  const [whole = '', fraction] = text.replace('-', '').split('.')
  let grouped = ''
  for (let end = whole.length; end > 0; end -= groupSize) grouped = whole.slice(Math.max(0, end - groupSize), end) + (grouped ? `,${grouped}` : '')
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`
}

/**
 * Decimals that show a value to about three significant digits, at least none and at most
 * three: 1,227.8 has one, 16.3 one, 0.54 two.
 *
 * @example levelDecimals(1227.79) // => 0
 * @example levelDecimals(34.98) // => 1
 */
export function levelDecimals(value: number): number {
  const size = Math.abs(value)
  if (size >= 1000 || size === 0) return 0
  if (size >= 10) return 1
  if (size >= 1) return 2
  return 3
}
