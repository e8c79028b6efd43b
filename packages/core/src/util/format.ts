/**
 * Number formats for finding messages: what a planner reads in a report.
 */

/**
 * A level with thousands separators and at most two decimals (or `decimals`).
 *
 * @example fmtNum(1227.79) // => "1,227.79"
 * @example fmtNum(3184.456) // => "3,184.46"
 */
export function fmtNum(x: number, decimals = 2): string {
  return groupDigits(x, decimals)
}

/** Beyond this, JavaScript writes numbers with an exponent; toLocaleString handles those (and NaN, Infinity). */
const PLAIN_NOTATION_LIMIT = 1e21

/**
 * `x.toLocaleString('en-US', { maximumFractionDigits })` without loading the locale data (the first
 * toLocaleString of a process took 15–20 ms, a twentieth of the cold-start budget). Like ICU, it
 * rounds the shortest decimal that reads back as `x` (what `String(x)` shows: 1.005 → "1.01"),
 * ties away from zero; trailing zeros are dropped, the integer part grouped in threes, and "-0"
 * is "0". format.test.ts checks it against toLocaleString itself.
 *
 * @example groupDigits(1234567.891, 2) // => "1,234,567.89"
 * @example groupDigits(-0.001, 2) // => "0"
 */
export function groupDigits(x: number, maximumFractionDigits: number): string {
  if (!Number.isFinite(x) || Math.abs(x) >= PLAIN_NOTATION_LIMIT) return x.toLocaleString('en-US', { maximumFractionDigits })
  const { whole, fraction } = roundShortest(Math.abs(x), maximumFractionDigits)
  const sign = x < 0 && /[1-9]/.test(whole + fraction) ? '-' : ''
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction === '' ? '' : `.${fraction}`}`
}

/** ASCII code of "5": a dropped first digit from here on rounds up. */
const FIVE = 53

// the shortest round-trip decimal of a finite `abs` ≥ 0, rounded half up to `digits` places:
// its integer digits, and its fraction digits without trailing zeros
function roundShortest(abs: number, digits: number): { whole: string; fraction: string } {
  const [mantissa = '0', exponent = '0'] = abs.toExponential().split('e')
  let text = mantissa.replace('.', '')
  // the decimal point falls after `point` digits of `text`
  let point = Number(exponent) + 1
  if (point <= 0) {
    text = '0'.repeat(1 - point) + text
    point = 1
  }
  if (text.length < point) text += '0'.repeat(point - text.length)
  const keep = point + digits
  if (text.length > keep) {
    const up = text.charCodeAt(keep) >= FIVE
    text = text.slice(0, keep)
    if (up) {
      const raised = (BigInt(text) + 1n).toString().padStart(text.length, '0')
      if (raised.length > text.length) point++
      text = raised
    }
  }
  return { whole: text.slice(0, point).replace(/^0+(?=\d)/, ''), fraction: text.slice(point).replace(/0+$/, '') }
}

/** Decimals `fmtApart` may add to tell a value from its bound. */
const MAX_EXTRA_DECIMALS = 6

/**
 * A value and the bounds it was compared with, in `format` with `decimals` decimals, or with as
 * many more (up to 6) as it takes for the value's text to differ from that of every bound it is
 * not equal to: a message should not say "gives 0.07, asks for at least 0.07" of 0.06595.
 *
 * @param format writes x with d decimals
 * @example fmtApart(0.06595, [0.07], (x, d) => groupDigits(x, d), 2) // => { value: "0.066", bounds: ["0.07"] }
 */
export function fmtApart(value: number, bounds: readonly number[], format: (x: number, decimals: number) => string, decimals: number): { value: string; bounds: string[] } {
  let d = decimals
  const clash = () => bounds.some((b) => b !== value && format(b, d) === format(value, d))
  while (d < decimals + MAX_EXTRA_DECIMALS && clash()) d++
  return { value: format(value, d), bounds: bounds.map((b) => format(b, d)) }
}

/**
 * A rate as a percentage with one decimal (or `decimals`).
 *
 * @example fmtPct(0.2367) // => "23.7%"
 */
export function fmtPct(x: number, decimals = 1): string {
  return `${(x * 100).toFixed(decimals)}%`
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
