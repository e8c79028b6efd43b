import { formatNumber } from '../format/format-number'
import { levelDecimals } from '../format/level-decimals'
import { isFractionUnit } from './is-fraction-unit'
import type { RunRow } from './run-rows'

/** Decimals of a percentage in run tables: 21.0%. */
const percentDecimals = 1

/** A run row as the cells people read: unit and values formatted, values one per year. */
export interface RunCells {
  /** the unit to show: `%` for fractions, else the row's unit */
  unit: string
  values: string[]
}

/**
 * Formats a row's values for a table: fractions as percentages with one decimal, levels with
 * thousands separators and the same decimals (two or fewer) across the row, null as `–`.
 *
 * @example formatRunCells({ unit: 'yiyuan', values: [1000, 1210, null], ... }) // => { unit: "yiyuan", values: ["1,000.00", "1,210.00", "–"] }
 */
export function formatRunCells(row: RunRow): RunCells {
  if (isFractionUnit(row.unit)) {
    return { unit: '%', values: row.values.map((v) => formatNumber(v, { style: 'percent', decimals: percentDecimals })) }
  }
  const decimals = levelDecimals(row.values)
  return { unit: row.unit, values: row.values.map((v) => formatNumber(v, { style: 'level', decimals })) }
}
