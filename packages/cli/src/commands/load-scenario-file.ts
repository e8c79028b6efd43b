import type { Num, Scenario } from '@zonecast/core'
import type { InputText, Io } from '../io/io'

/** A scenario file as read and as loaded. */
export interface LoadedScenarioFile {
  /** the file's text and name, which a Monte Carlo worker loads again (a `Scenario` holds class instances, which do not cross threads) */
  input: InputText
  /** the scenario, its distributions kept */
  scenario: Scenario<Num>
}

/**
 * Reads and loads a scenario file (or standard input for `-`) with its distributions kept, for
 * Monte Carlo, keeping the text too. The core is imported on first use.
 *
 * @throws {CliError} exit 2 when the file cannot be read or is not UTF-8 text
 * @throws {InputError} exit 2 when the scenario is invalid
 * @example const { scenario } = await loadScenarioFile('scenarios/jilin-2006-2010.yaml', io)
 */
export async function loadScenarioFile(file: string, io: Io): Promise<LoadedScenarioFile> {
  const input = await io.readInput(file)
  const { loadScenario } = await import('@zonecast/core')
  return { input, scenario: loadScenario(input.text, input.file) }
}
