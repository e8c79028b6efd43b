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
