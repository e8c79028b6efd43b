import type { LevelPath } from '../scenario/types'
import { evalRatePath } from './eval-rate-path'
import { interpolateLevel, pointsAt } from './interpolate'

/**
 * A level path's value in each year (MODEL.md "Path specs"). `years[0]` is the base year t0;
 * `baseValue` is the quantity's own base-year value, when it has one.
 *
 * - constant: the same value every year
 * - per-year map: geometric between listed years, flat after the last; before the first,
 *   interpolated from `baseValue` when given, else held at the first value
 * - `{base, growth}`: `x·Π(1+g(t))`; `{growth}` starts from `baseValue` (null throughout without one)
 *
 * @example evalLevelPath({ kind: "growth", base: 100, growth: { kind: "constant", value: 0.1 } }, [2005, 2006, 2007]) // => [100, 110, 121]
 */
export function evalLevelPath(path: LevelPath, years: readonly number[], baseValue?: number): (number | null)[] {
  switch (path.kind) {
    case 'constant':
      return years.map(() => path.value)
    case 'growth': {
      const start = path.base ?? baseValue
      if (start === undefined) return years.map(() => null)
      const g = evalRatePath(path.growth, years)
      const out: number[] = []
      years.forEach((_, i) => out.push(i === 0 ? start : out[i - 1]! * (1 + g[i]!)))
      return out
    }
    case 'years': {
      const t0 = years[0]!
      const pts = baseValue !== undefined && path.points[0]![0] > t0 ? [[t0, baseValue] as [number, number], ...path.points] : path.points
      return years.map((t) => levelAt(pts, t))
    }
  }
}

/** Value at year t of points interpolated geometrically, held flat outside them. */
export function levelAt(pts: readonly (readonly [number, number])[], t: number): number {
  return pointsAt(pts, t, interpolateLevel)
}
