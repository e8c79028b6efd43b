/** One observed series: values of consecutive years, ascending. */
export interface ObservedSeries {
  /** series name, e.g. `gdp` */
  name: string
  /** consecutive years, ascending */
  years: number[]
  /** the observed levels, one per year, in the source's unit */
  values: number[]
}

/**
 * The value of a series in a year, or undefined when the series does not cover it. O(1).
 *
 * @example valueAt({ name: "gdp", years: [2004, 2005], values: [1057.5, 1227.79] }, 2005) // => 1227.79
 */
export function valueAt(s: ObservedSeries, year: number): number | undefined {
  const i = year - (s.years[0] ?? 0)
  return i >= 0 && i < s.values.length ? s.values[i] : undefined
}
