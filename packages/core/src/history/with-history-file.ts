import { InputError } from '../errors'
import { MAX_MAGNITUDE } from '../scenario/schema/leaf'
import type { Scenario } from '../scenario/types'
import { suggest } from '../util/did-you-mean'
import { historyFileSeries } from './history-file-series'

/**
 * A scenario with the observed values of its `history: {file}` data file in `history`, as if
 * written inline: what `run`, `check` and `simulate` read (years before t0 on the model path,
 * R4, `at()` of earlier years). Years after the base year are left out (the plan covers them).
 * Values are bare numbers in the scenario's units, as inline history. Pure: the CLI reads the
 * file. O(length of the file).
 *
 * @param s the loaded scenario (without `historyFile`, returned as it is)
 * @param text the data file's content
 * @param dataFile the data file as named in messages
 * @param scenarioFile the scenario's name, for messages about its keys
 * @throws InputError located in the CSV (line and column) for a bad cell or an unknown series, or naming the scenario's `history` key (see `historyFileSeries`)
 * @example withHistoryFile(s, "year,value\n2003,1\n2004,2\n2005,3\n", "gdp.csv", "x.yaml").history.gdp // => { 2003: 1, 2004: 2, 2005: 3 } (base year 2005)
 */
export function withHistoryFile<N>(s: Scenario<N>, text: string, dataFile: string, scenarioFile: string): Scenario<N> {
  if (s.historyFile === undefined) return s
  const t0 = s.years.base
  const history = { ...s.history }
  for (const [name, x] of Object.entries(historyFileSeries(s, text, dataFile, scenarioFile))) {
    const at = { file: dataFile, ...(x.line === undefined ? {} : { line: x.line, col: x.col ?? 1 }), path: [] }
    if (!Object.hasOwn(s.series, name)) throw new InputError([{ ...at, message: `unknown series "${name}"`, hint: `${suggest(name, Object.keys(s.series))}; declare a new series under series: in ${scenarioFile}` }])
    const byYear: Record<number, number> = {}
    x.years.forEach((year, i) => {
      const value = x.values[i]!
      if (year > t0) return
      if (value > MAX_MAGNITUDE) throw new InputError([{ ...at, message: `${name} ${year}: ${value} is larger than ${MAX_MAGNITUDE}`, hint: 'no zone quantity comes near; check the exponent and the unit' }])
      byYear[year] = value
    })
    if (Object.keys(byYear).length > 0) history[name] = byYear
  }
  return { ...s, history }
}
