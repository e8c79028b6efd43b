import type { Num, Scenario } from '@zonecast/core'
import type { Io } from '../io/io'

/**
 * Reads and loads a scenario file (or standard input for `-`) with its distributions kept, for
 * Monte Carlo. The core is imported on first use.
 *
 * @throws {CliError} exit 2 when the file cannot be read or is not UTF-8 text
 * @throws {InputError} exit 2 when the scenario is invalid
 * @example const scenario = await loadScenarioFile('scenarios/jilin-2006-2010.yaml', io)
 */
export async function loadScenarioFile(file: string, io: Io): Promise<Scenario<Num>> {
  const input = await io.readInput(file)
  const { loadScenario } = await import('@zonecast/core')
  return loadScenario(input.text, input.file)
}
