import type { ChartUnit, Lang } from '../chart-types'
import { formatNumber, levelDecimals } from './format-number'
import { unitSuffix } from './unit-label'

/** Percent per unit of a fraction. */
const percentPerUnit = 100

/**
 * A value with its unit, for labels: fractions as percent, levels with separators and the unit.
 *
 * @param value a level, or a fraction for `percent`
 * @param extraDecimals digits beyond the usual ones, to tell close numbers apart (see `tellingDecimals`)
 * @example formatValue(0.2101, { kind: 'percent' }, 'en') // => "21.0%"
 * @example formatValue(3184.57, { kind: 'money', money: 'yiyuan', prices: 'real', baseYear: 2005 }, 'en') // => "3,185 億元"
 */
export function formatValue(value: number, unit: ChartUnit, lang: Lang, extraDecimals = 0): string {
  if (unit.kind === 'percent') return `${formatNumber(value * percentPerUnit, 1 + extraDecimals)}%`
  if (unit.kind === 'ratio') return formatNumber(value, 2 + extraDecimals)
  if (unit.kind === 'count') return formatNumber(value, (Number.isInteger(value) ? 0 : 1) + extraDecimals)
  return `${formatNumber(value, levelDecimals(value) + extraDecimals)}${unitSuffix(unit, lang)}`
}

/**
 * A tick label: the number alone (the axis label carries the unit), percent for fractions.
 *
 * @param step the distance between ticks, which fixes the decimals
 * @example formatTick(1500, 500, { kind: 'area' }) // => "1,500"
 * @example formatTick(0.25, 0.05, { kind: 'percent' }) // => "25"
 */
export function formatTick(value: number, step: number, unit: ChartUnit): string {
  const scale = unit.kind === 'percent' ? percentPerUnit : 1
  const decimals = Math.max(0, Math.min(3, -Math.floor(Math.log10(Math.abs(step * scale)) + 1e-9)))
  return formatNumber(value * scale, decimals)
}
