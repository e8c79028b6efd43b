import { InputError } from '../errors'
import type { Scenario } from '../scenario/types'
import type { LocatedSeries } from './history-table'
import { parseHistoryCsv } from './parse-history-csv'
import { selectRegion } from './select-region'

/**
 * The series a scenario's `history: {file, region, series}` data file supplies: the CSV parsed
 * (long or wide form), the region chosen (`region`, else the file's only one), and in a long
 * file only `series` when named. Pure: the CLI reads the file and passes its text. O(length).
 *
 * @param s the loaded scenario, whose `historyFile` names the file
 * @param text the data file's content
 * @param dataFile the data file as named in messages (relative to where the user is)
 * @param scenarioFile the scenario's name, for messages about its keys
 * @param series what a wide file's values are when `history.series` does not say; default gdp
 * @throws InputError at the CSV's line and column when a cell is wrong; naming `history.file` when the file has several regions and none is chosen, or `history.<name>` when a series is given inline too
 * @example historyFileSeries(jilin, "year,value\n2003,1\n2004,2\n2005,3\n", "gdp.csv", "jilin.yaml").gdp?.years // => [2003, 2004, 2005]
 */
export function historyFileSeries<N>(s: Scenario<N>, text: string, dataFile: string, scenarioFile: string, series?: string): Record<string, LocatedSeries> {
  const ref = s.historyFile
  if (ref === undefined) return {}
  const table = parseHistoryCsv(text, dataFile, ref.series ?? series)
  const region = ref.region !== undefined ? selectRegion(table, ref.region) : table.regions.length === 1 ? table.regions[0] : undefined
  if (region === undefined) throw new InputError([{ file: scenarioFile, path: ['history', 'file'], message: `${dataFile} has ${table.regions.length} regions`, hint: 'say which with history.region, e.g. region: 吉林省' }])
  const out: Record<string, LocatedSeries> = {}
  for (const [name, x] of Object.entries(region.series)) {
    if (table.form === 'long' && ref.series !== undefined && name !== ref.series) continue
    if (Object.hasOwn(s.history, name)) throw new InputError([{ file: scenarioFile, path: ['history', name], message: `${name} is given here and in ${dataFile}`, hint: 'keep one of the two' }])
    out[name] = x
  }
  return out
}
