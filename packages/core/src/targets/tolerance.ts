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
  const { lo, hi } = toleratedBounds(b)
  return value >= lo && value <= hi
}

/**
 * A target's bounds widened by the relative tolerance: the closed interval of finite values
 * that meet it (±Number.MAX_VALUE where a bound is absent, so infinities never meet).
 *
 * @example toleratedBounds({ min: 1 }) // => { lo: 0.999999999, hi: 1.7976931348623157e308 }
 */
export function toleratedBounds(b: { min?: number; max?: number }): { lo: number; hi: number } {
  return {
    lo: b.min === undefined ? -Number.MAX_VALUE : b.min - TARGET_RELATIVE_TOLERANCE * Math.abs(b.min),
    hi: b.max === undefined ? Number.MAX_VALUE : b.max + TARGET_RELATIVE_TOLERANCE * Math.abs(b.max)
  }
}
