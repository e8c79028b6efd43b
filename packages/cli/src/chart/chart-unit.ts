import type { SeriesMeta } from '@zonecast/core'
import type { ChartUnit } from '@zonecast/plot'

/**
 * The chart unit of a series, from `run`'s `meta`: money with its price basis (real series at
 * base-year prices), km², counts or ratios.
 *
 * @param baseYear the scenario's base year, whose prices real series are in
 * @example chartUnit({ unit: 'yiyuan', prices: 'real', label: {} }, 2005) // => { kind: "money", money: "yiyuan", prices: "real", baseYear: 2005 }
 */
export function chartUnit(meta: SeriesMeta | undefined, baseYear: number): ChartUnit {
  if (meta === undefined || meta.unit === 'ratio') return { kind: 'ratio' }
  if (meta.unit === 'km2') return { kind: 'area' }
  if (meta.unit === 'count') return { kind: 'count' }
  if (meta.prices === 'real') return { kind: 'money', money: meta.unit, prices: 'real', baseYear }
  return { kind: 'money', money: meta.unit, prices: 'nominal' }
}
