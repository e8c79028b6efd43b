import type { RatePath } from '../scenario/types'
import { interpolateRate, pointsAt } from './interpolate'

/**
 * A rate path's value in each year: per-year rates are interpolated linearly between listed
 * years and held flat before the first and after the last.
 *
 * @example evalRatePath({ kind: "years", points: [[2006, 0.1], [2008, 0.2]] }, [2006, 2007, 2008, 2009]) // => [0.1, 0.15, 0.2, 0.2]
 */
export function evalRatePath(path: RatePath, years: readonly number[]): number[] {
  if (path.kind === 'constant') return years.map(() => path.value)
  return years.map((t) => pointsAt(path.points, t, interpolateRate))
}
