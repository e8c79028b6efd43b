import type { YearPoint } from '@zonecast/plot'
import type { ChartScenario } from './chart-scenario'

/**
 * A series' observed values before the base year, in year order.
 *
 * @example historyPoints(jilin, 'gdp') // => [{ year: 2000, value: 405.56 }, { year: 2004, value: 1057.53 }]
 */
export function historyPoints(c: ChartScenario, series: string): YearPoint[] {
  const observed = c.realised.history[series] ?? {}
  return Object.entries(observed)
    .map(([year, value]) => ({ year: Number(year), value }))
    .filter((p) => p.year < c.realised.years.base && Number.isFinite(p.value))
    .sort((a, b) => a.year - b.year)
}
