import type { YearPoint, YearValues } from '../chart-types'

/**
 * The defined values of a path as points, for Plot's marks (nulls left out: a gap, not a zero).
 *
 * @example yearPoints([2005, 2006], [1, null]) // => [{ year: 2005, value: 1 }]
 */
export function yearPoints(years: readonly number[], values: YearValues): YearPoint[] {
  const points: YearPoint[] = []
  years.forEach((year, i) => {
    const value = values[i]
    if (value !== null && value !== undefined && Number.isFinite(value)) points.push({ year, value })
  })
  return points
}

/**
 * The last defined point of a path, or undefined.
 *
 * @example lastPoint([{ year: 2005, value: 1 }, { year: 2006, value: 2 }]) // => { year: 2006, value: 2 }
 */
export function lastPoint(points: readonly YearPoint[]): YearPoint | undefined {
  return points[points.length - 1]
}
