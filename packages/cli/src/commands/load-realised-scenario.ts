import type { Scenario } from '@zonecast/core'
import type { Io } from '../io/io'

/**
 * Reads a scenario file (or standard input for `-`), loads it and fixes every distribution at
 * its central value: the deterministic scenario `run` and `check` work on. The core is imported
 * here, on first use, so that `--help` and usage errors never load the model.
 *
 * @param file the FILE argument
 * @throws {CliError} exit 2 when the file cannot be read or is not UTF-8 text
 * @throws {InputError} exit 2 when the scenario is invalid (the core's error, with file, line and column)
 * @example const scenario = await loadRealisedScenario('scenarios/jilin-2006-2010.yaml', io)
 */
export async function loadRealisedScenario(file: string, io: Io): Promise<Scenario> {
  const input = await io.readInput(file)
  const { loadScenario, realiseScenario } = await import('@zonecast/core')
  return realiseScenario(loadScenario(input.text, input.file))
}
