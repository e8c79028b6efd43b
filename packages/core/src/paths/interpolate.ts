/**
 * Geometric interpolation between two positive levels (MODEL.md "Path specs"); linear when
 * either level is not positive, where a geometric path is undefined.
 *
 * @example interpolateLevel(2005, 100, 2007, 121, 2006) // => 110
 */
export function interpolateLevel(y0: number, x0: number, y1: number, x1: number, year: number): number {
  if (year === y0) return x0
  if (year === y1) return x1
  const f = (year - y0) / (y1 - y0)
  return x0 > 0 && x1 > 0 ? x0 * Math.pow(x1 / x0, f) : x0 + (x1 - x0) * f
}

/**
 * Linear interpolation, for rates.
 *
 * @example interpolateRate(2006, 0.1, 2008, 0.2, 2007) // => 0.15
 */
export function interpolateRate(y0: number, r0: number, y1: number, r1: number, year: number): number {
  if (year === y0) return r0
  return r0 + ((r1 - r0) * (year - y0)) / (y1 - y0)
}

/**
 * The value at year t of points sorted by year: held flat before the first and after the last,
 * and `between` (geometric for levels, linear for rates) in between.
 *
 * @example pointsAt([[2005, 100], [2007, 121]], 2006, interpolateLevel) // => 110
 */
export function pointsAt(pts: readonly (readonly [number, number])[], t: number, between: (y0: number, x0: number, y1: number, x1: number, year: number) => number): number {
  const first = pts[0]!
  const last = pts[pts.length - 1]!
  if (t <= first[0]) return first[1]
  if (t >= last[0]) return last[1]
  const i = pts.findIndex(([y]) => y > t)
  const [y0, x0] = pts[i - 1]!
  const [y1, x1] = pts[i]!
  return between(y0, x0, y1, x1, t)
}
