/**
 * Relative tolerance of bound comparisons (MODEL.md §5): a path built from a rate meets a target
 * of that same rate despite floating-point rounding.
 */
export const TARGET_RELATIVE_TOLERANCE = 1e-9

/**
 * Whether a value meets a target's bounds, within the relative tolerance.
 *
 * @example meetsBounds(0.21 - 1e-12, { min: 0.21 }) // => true
 * @example meetsBounds(null, { min: 0 }) // => false
 */
export function meetsBounds(value: number | null, b: { min?: number; max?: number }): boolean {
  if (value === null || !Number.isFinite(value)) return false
  if (b.min !== undefined && value < b.min - TARGET_RELATIVE_TOLERANCE * Math.abs(b.min)) return false
  if (b.max !== undefined && value > b.max + TARGET_RELATIVE_TOLERANCE * Math.abs(b.max)) return false
  return true
}
