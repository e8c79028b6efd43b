/** Number formats for the notebooks' prose and tables: en-US grouping, a dash where undefined. */

const DASH = '–'

/**
 * A number with `digits` decimals.
 *
 * @example num(5190.7701) // => "5,190.8"
 */
export function num(x, digits = 1) {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/**
 * A ratio as a percentage with `digits` decimals.
 *
 * @example pct(0.21) // => "21.0%"
 */
export function pct(x, digits = 1) {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH
  return `${(100 * x).toFixed(digits)}%`
}

/**
 * A Monte Carlo probability with its standard error, e.g. "26.6% (± 1.0 points)".
 *
 * @example prob({ value: 0.2655, se: 0.0099 }) // => "26.6% (± 1.0 points)"
 */
export function prob(p) {
  if (!p) return DASH
  return `${pct(p.value)} (± ${(100 * p.se).toFixed(1)} points)`
}

/**
 * Rows `{year, key, value}` for Plot from arrays aligned with `years`; undefined values dropped.
 *
 * @example long([2005, 2006], { plan: [1, 2] }) // => [{ year: 2005, key: "plan", value: 1 }, { year: 2006, key: "plan", value: 2 }]
 */
export function long(years, columns) {
  const rows = []
  for (const [key, values] of Object.entries(columns)) {
    values.forEach((value, i) => {
      if (value !== null && value !== undefined && Number.isFinite(value)) rows.push({ year: years[i], key, value })
    })
  }
  return rows
}
