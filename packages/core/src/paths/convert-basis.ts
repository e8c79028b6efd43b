import type { PriceBasis } from '../scenario/types'

/**
 * Converts a value between price bases (MODEL.md P0: nominal = real × p(t)). Areas and counts
 * (`none`) pass through.
 *
 * @example convertBasis(110, "real", "nominal", 1.1) // => 121
 */
export function convertBasis(value: number, from: PriceBasis, to: PriceBasis, p: number): number {
  if (from === to || from === 'none' || to === 'none') return value
  return from === 'real' ? value * p : value / p
}

/**
 * The basis a quotient of two series is taken in: their shared basis, the other one's when one
 * has none (an area or a count), else nominal (MODEL.md P0: a share or ratio across bases is a
 * ratio of current-price values).
 *
 * @example commonBasis("real", "nominal") // => "nominal"
 * @example commonBasis("real", "none") // => "real"
 */
export function commonBasis(a: PriceBasis, b: PriceBasis): PriceBasis {
  if (a === 'none') return b
  if (b === 'none' || a === b) return a
  return 'nominal'
}
