import type { HistoryTable, Num, Scenario } from '@zonecast/core'
import { readHistoryFile } from '../commands/read-history-file'
import type { InputText, Io } from '../io/io'

/** What `calibrate` reads: the history, and the scenario it came from (when it did). */
export interface HistoryInput {
  table: HistoryTable
  /** the input text, for `--write-scenario` when the input is a scenario */
  input: InputText
  scenario?: Scenario<Num>
  /** `history.region` of the scenario's data file, already applied */
  regionChosen?: boolean
}

/** File endings read as CSV; anything else is sniffed. */
const CSV_ENDINGS = /\.(csv|txt)$/i
/** File endings read as a scenario. */
const SCENARIO_ENDINGS = /\.(ya?ml|json)$/i

/**
 * Reads `calibrate`'s FILE: a history CSV (long or wide form) or a scenario with `history`
 * (inline, or `history: {file}` read relative to the scenario's folder). `-` reads standard
 * input, sniffed: a first line with a comma and no `key:` is CSV. The core parses; this only
 * reads files.
 *
 * @param file the FILE argument
 * @param series `--series`: what a wide file's values are (default gdp)
 * @throws {CliError} exit 2 when a file cannot be read
 * @throws {InputError} exit 2 when the CSV or the scenario is wrong
 * @example (await readHistoryInput('gdp.csv', undefined, io)).table.form // => "wide"
 */
export async function readHistoryInput(file: string, series: string | undefined, io: Io): Promise<HistoryInput> {
  const input = await io.readInput(file)
  const core = await import('@zonecast/core')
  if (!isScenario(input)) return { input, table: core.parseHistoryCsv(input.text, input.file, series) }
  const scenario = core.loadScenario(input.text, input.file)
  const ref = scenario.historyFile
  if (ref === undefined) return { input, scenario, table: core.scenarioHistory(scenario, input.file) }
  const data = (await readHistoryFile(scenario, input, io))!
  const extra = core.historyFileSeries(scenario, data.text, data.file, input.file, series)
  return { input, scenario, regionChosen: true, table: core.scenarioHistory(scenario, input.file, extra) }
}

// a scenario by its ending, else by its first line (CSV has commas and no `key:`)
function isScenario(input: InputText): boolean {
  if (SCENARIO_ENDINGS.test(input.file)) return true
  if (CSV_ENDINGS.test(input.file)) return false
  const first = input.text.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  return !(first.includes(',') && !/^\s*[\w"']+\s*:/.test(first))
}
