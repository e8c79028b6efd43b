/**
 * The series helpers an `expr` target may call (shared/MODEL.md §5). Series are named as in the
 * scenario: `gdp`, or `region.gdp` for the enclosing economy. Values are in the scenario's units
 * (money in its money unit, areas in km²); rates are fractions.
 */
export interface ExprHelpers {
  /** level of `series` in `year` */
  at(series: string, year: number): number
  /** compound annual growth rate of `series` from year `from` to year `to`, a fraction */
  cagr(series: string, from: number, to: number): number
  /** sum of `series` over the years `from` to `to`, both included */
  sum(series: string, from: number, to: number): number
  /** `series` as a fraction of the series `of` (as written, e.g. `"region.gdp"`) in `year` */
  share(series: string, of: string, year: number): number
  /** `series` in `year` at constant base-year prices (MODEL.md P0) */
  real(series: string, year: number): number
  /** `series` in `year` at current prices (MODEL.md P0) */
  nominal(series: string, year: number): number
}

/** How a helper is called: its parameter names, and which of them name a series. */
export interface HelperSignature {
  params: readonly string[]
  /** positions of the parameters that are series names */
  series: readonly number[]
}

/**
 * The signature of each helper in `ExprHelpers`, used to check calls before evaluating.
 *
 * @example HELPER_SIGNATURES.share.params // => ["series", "of", "year"]
 */
export const HELPER_SIGNATURES: Readonly<Record<keyof ExprHelpers, HelperSignature>> = Object.freeze({
  at: { params: ['series', 'year'], series: [0] },
  cagr: { params: ['series', 'from', 'to'], series: [0] },
  sum: { params: ['series', 'from', 'to'], series: [0] },
  share: { params: ['series', 'of', 'year'], series: [0, 1] },
  real: { params: ['series', 'year'], series: [0] },
  nominal: { params: ['series', 'year'], series: [0] }
})

/**
 * The helper names, in the order of `ExprHelpers`.
 *
 * @example HELPER_NAMES[0] // => "at"
 */
export const HELPER_NAMES: readonly (keyof ExprHelpers)[] = Object.freeze(Object.keys(HELPER_SIGNATURES) as (keyof ExprHelpers)[])
