import type { Num, Override, Scenario } from '@zonecast/core'
import type { InputText, Io } from '../io/io'
import { readHistoryFile } from './read-history-file'

/** A scenario file as read and as loaded. */
export interface LoadedScenarioFile {
  /** the file's text and name, which a Monte Carlo worker loads again (a `Scenario` holds class instances, which do not cross threads) */
  input: InputText
  /** the scenario, its distributions kept, the series of its `history.file` in `history` */
  scenario: Scenario<Num>
  /** the `--set` overrides applied, which a Monte Carlo worker applies again */
  overrides: Override[]
  /** the `history.file` data file as read, which a Monte Carlo worker parses again */
  history?: InputText
}

/**
 * Reads and loads a scenario file (or standard input for `-`) with its distributions kept, for
 * Monte Carlo, keeping the text too; `sets` are the `--set` options. The data file of
 * `history: {file}` is read relative to the scenario's folder and its series join `history`.
 * The core is imported on first use.
 *
 * @throws {CliError} exit 2 when the file cannot be read or is not UTF-8 text
 * @throws {InputError} exit 2 when the scenario or a `--set` is invalid, or the history file cannot be read (naming `history.file`) or is wrong (at its line and column)
 * @example const { scenario } = await loadScenarioFile('scenarios/jilin-2006-2010.yaml', io, ['model.capital_output_ratio=4'])
 */
export async function loadScenarioFile(file: string, io: Io, sets: readonly string[] = []): Promise<LoadedScenarioFile> {
  const { loadScenario, parseSetOption, withHistoryFile } = await import('@zonecast/core')
  // a bad --set is reported before the file is read: it is the command line that is wrong
  const overrides = sets.map(parseSetOption)
  const input = await io.readInput(file)
  const scenario = loadScenario(input.text, input.file, { overrides })
  const history = await readHistoryFile(scenario, input, io)
  if (history === undefined) return { input, scenario, overrides }
  return { input, scenario: withHistoryFile(scenario, history.text, history.file, input.file), overrides, history }
}
