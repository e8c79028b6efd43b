import { formatNumber } from '../format/format-number'

/** Digits after the point a lever value keeps: solve's tolerance is 1e-6 of the range. */
const LEVER_DECIMALS = 6

/**
 * A lever value for people: up to six decimals, trailing zeros dropped.
 *
 * @example formatLeverValue(0.18340000001) // => "0.1834"
 */
export function formatLeverValue(v: number | null): string {
  return formatNumber(v, { style: 'level', decimals: LEVER_DECIMALS, trim: true })
}
