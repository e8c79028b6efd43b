import { InputError } from '../errors'
import type { Num, Scenario } from '../scenario/types'
import type { HistoryTable, LocatedSeries } from './history-table'

/**
 * The observed history of a scenario as a one-region table: each `history` series with the
 * series' base-year value (`base`, observed at t0) appended, and any series a data file supplied
 * (`extra`, already read by the CLI; the CLI refuses one given twice). O(values).
 *
 * @param s the loaded scenario
 * @param file the scenario's name, for messages
 * @param extra series read from `history.file`, cut at the base year
 * @throws InputError naming `history.<series>` when a series skips a year
 * @example scenarioHistory(jilin, "jilin.yaml").regions[0]?.series.gdp?.years.at(-1) // => 2005
 */
export function scenarioHistory(s: Scenario<Num>, file: string, extra: Record<string, LocatedSeries> = {}): HistoryTable {
  const t0 = s.years.base
  const series: Record<string, LocatedSeries> = {}
  for (const [name, byYear] of Object.entries(s.history)) {
    const points = new Map(Object.entries(byYear).map(([y, v]) => [Number(y), v]))
    const base = s.base[name]
    if (typeof base === 'number' && !points.has(t0)) points.set(t0, base)
    const years = [...points.keys()].sort((a, b) => a - b)
    for (let i = 1; i < years.length; i++) {
      if (years[i] !== years[i - 1]! + 1) throw new InputError([{ file, path: ['history', name], message: `${name} has no ${years[i - 1]! + 1}: it jumps from ${years[i - 1]} to ${years[i]}`, hint: 'calibrate needs consecutive years; add the missing year' }])
    }
    for (const y of years) if (!(points.get(y)! > 0)) throw new InputError([{ file, path: y === t0 && !(t0 in byYear) ? ['base', name] : ['history', name, String(y)], message: `${points.get(y)} is not above 0`, hint: 'growth statistics need positive levels' }])
    series[name] = { name, years, values: years.map((y) => points.get(y)!) }
  }
  for (const [name, x] of Object.entries(extra)) {
    const keep = x.years.flatMap((y, i) => (y <= t0 ? [i] : []))
    series[name] = { ...x, years: keep.map((i) => x.years[i]!), values: keep.map((i) => x.values[i]!) }
  }
  // gdp first: the series the rest are read against
  const ordered = Object.fromEntries(Object.entries(series).sort(([a], [b]) => Number(b === 'gdp') - Number(a === 'gdp')))
  return { file, form: 'scenario', regions: [{ name: s.id, labels: [s.id], series: ordered }] }
}
