import type { ChartUnit, Lang } from '../chart-types'
import { formatValue } from './format-value'

/** Most decimals added to a value's usual ones to tell it from a bound. */
const mostExtraDecimals = 3
/** Values this close (relative) are the same number: the tolerance of bound comparisons (MODEL.md §5). */
const sameRelative = 1e-9

/**
 * Decimals to add to `formatValue`'s usual ones so that a value that misses a bound does not
 * print as that bound: a growth of 9.957% against "≥ 10.0%" must not read "10.0% against ≥ 10.0%"
 * beside "missed". A value that meets its bounds needs none (15,500.4 against ≥ 15,500 may read
 * "15,500"); at most 3 are added.
 *
 * @param value the value shown
 * @param bounds the bounds shown beside it
 * @example tellingDecimals(0.09957, { min: 0.1 }, { kind: 'percent' }, 'en') // => 1 ("9.96%" against "10.00%")
 * @example tellingDecimals(0.119, { min: 0.21 }, { kind: 'percent' }, 'en') // => 0
 */
export function tellingDecimals(value: number, bounds: { min?: number; max?: number }, unit: ChartUnit, lang: Lang): number {
  const missed = [bounds.min, bounds.max].filter((b, i): b is number => b !== undefined && (i === 0 ? value < b : value > b))
  const differing = missed.filter((b) => Math.abs(value - b) > sameRelative * Math.max(Math.abs(b), Math.abs(value)))
  for (let extra = 0; extra < mostExtraDecimals; extra++) {
    const shown = readAs(formatValue(value, unit, lang, extra))
    if (differing.every((b) => readAs(formatValue(b, unit, lang, extra)) !== shown)) return extra
  }
  return mostExtraDecimals
}

// the number a reader sees in a label: "1,000.0 億元" and "1,000 億元" read the same
function readAs(text: string): number {
  return Number(text.replace(/[^\d.-]/g, ''))
}
