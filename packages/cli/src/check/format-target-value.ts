import type { TargetKind } from '@zonecast/core'
import { formatNumber } from '../format/format-number'
import { levelDecimals } from '../format/level-decimals'

/** Target kinds whose values are fractions (growth rates, shares), shown as percentages. */
const percentKinds: ReadonlySet<TargetKind> = new Set(['cagr', 'growth', 'share'])
/** Target kinds whose values are amounts (a year's level, a sum over years). */
const levelKinds: ReadonlySet<TargetKind> = new Set(['level', 'cumulative'])
/** Decimals of a target percentage: 21.0%. */
const percentDecimals = 1
/** A ratio or expression may be small (0.104 of revenue per GDP): allow more decimals. */
const ratioMaxDecimals = 4

/**
 * A target's value or bound for people: rates and shares as percentages with one decimal, levels
 * and cumulative sums with thousands separators and up to two decimals, ratios and expressions
 * with up to four; `–` for null.
 *
 * @example formatTargetValue('cagr', 0.21) // => "21.0%"
 * @example formatTargetValue('level', 1680) // => "1,680"
 * @example formatTargetValue('ratio', 0.104) // => "0.104"
 */
export function formatTargetValue(kind: TargetKind, value: number | null | undefined): string {
  if (percentKinds.has(kind)) return formatNumber(value, { style: 'percent', decimals: percentDecimals })
  const max = levelKinds.has(kind) ? undefined : ratioMaxDecimals
  return formatNumber(value, { style: 'level', decimals: levelDecimals([value ?? null], max), trim: true })
}
