/** What a table shows for a value that is undefined (`null` in results): an en dash. */
export const missingValue = '–'

/** Digits between thousands separators. */
const groupSize = 3
/** `toFixed` switches to exponent notation from 1e21 on; group digits only below it. */
const fixedNotationLimit = 1e21
const percentPerUnit = 100

/** How to show a number. */
export interface NumberFormat {
  /** `level`: the value itself; `percent`: a fraction shown times 100 with `%` */
  style: 'level' | 'percent'
  /** digits after the decimal point */
  decimals: number
  /** drop trailing zeros after the decimal point (and the point itself) */
  trim?: boolean
}

/**
 * A number for people: thousands separators, fixed decimals, `%` for fractions, `–` for
 * `null`. Deterministic: always `,` for thousands and `.` for decimals, whatever the locale.
 *
 * @param value the number (a fraction when the style is `percent`), or null
 * @example formatNumber(1227.79, { style: 'level', decimals: 1 }) // => "1,227.8"
 * @example formatNumber(0.21, { style: 'percent', decimals: 1 }) // => "21.0%"
 * @example formatNumber(1680, { style: 'level', decimals: 2, trim: true }) // => "1,680"
 */
export function formatNumber(value: number | null | undefined, format: NumberFormat): string {
  if (value === null || value === undefined) return missingValue
  const scaled = format.style === 'percent' ? value * percentPerUnit : value
  const suffix = format.style === 'percent' ? '%' : ''
  if (Number.isNaN(scaled)) return 'NaN'
  if (!Number.isFinite(scaled)) return (scaled < 0 ? '-∞' : '∞') + suffix
  if (Math.abs(scaled) >= fixedNotationLimit) return String(scaled) + suffix
  let text = scaled.toFixed(format.decimals)
  if (format.trim && text.includes('.')) text = text.replace(/\.?0+$/, '')
  const negative = text.startsWith('-') && /[1-9]/.test(text)
  const [whole = '', fraction] = text.replace('-', '').split('.')
  const grouped = groupThousands(whole)
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}${suffix}`
}

// "1234567" → "1,234,567"
function groupThousands(digits: string): string {
  let out = ''
  for (let end = digits.length; end > 0; end -= groupSize) {
    const start = Math.max(0, end - groupSize)
    out = digits.slice(start, end) + (out ? `,${out}` : '')
  }
  return out
}
