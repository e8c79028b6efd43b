import type { RatePath } from '../scenario/types'
import { evalRatePath } from './eval-rate-path'

/**
 * The price index of MODEL.md P0: `p(t0) = 1`, `p(t) = p(t-1)·(1 + π(t))`; π = 0 without an
 * inflation path.
 *
 * @example priceIndex({ kind: "constant", value: 0.1 }, [2005, 2006, 2007]) // => [1, 1.1, 1.2100000000000002]
 */
export function priceIndex(inflation: RatePath | null, years: readonly number[]): number[] {
  const pi = inflation ? evalRatePath(inflation, years) : years.map(() => 0)
  const p: number[] = []
  years.forEach((_, i) => p.push(i === 0 ? 1 : p[i - 1]! * (1 + pi[i]!)))
  return p
}
