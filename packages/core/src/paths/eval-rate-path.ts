import type { RatePath } from '../scenario/types'
import { interpolateRate } from './interpolate'

/**
 * A rate path's value in each year: per-year rates are interpolated linearly between listed
 * years and held flat before the first and after the last.
 *
 * @example evalRatePath({ kind: "years", points: [[2006, 0.1], [2008, 0.2]] }, [2006, 2007, 2008, 2009]) // => [0.1, 0.15, 0.2, 0.2]
 */
export function evalRatePath(path: RatePath, years: readonly number[]): number[] {
  if (path.kind === 'constant') return years.map(() => path.value)
  const pts = path.points
  return years.map((t) => {
    const first = pts[0]!
    const last = pts[pts.length - 1]!
    if (t <= first[0]) return first[1]
    if (t >= last[0]) return last[1]
    const i = pts.findIndex(([y]) => y > t)
    const [y0, r0] = pts[i - 1]!
    const [y1, r1] = pts[i]!
    return interpolateRate(y0, r0, y1, r1, t)
  })
}
