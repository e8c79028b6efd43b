import type { Scenario } from '@zonecast/core'
import type { Io } from '../io/io'
import { loadScenarioFile } from './load-scenario-file'

/**
 * Reads a scenario file (or standard input for `-`), loads it and fixes every distribution at
 * its central value: the deterministic scenario `run` and `check` work on, with its
 * `history.file` read (see `loadScenarioFile`). The core is imported here, on first use, so that
 * `--help` and usage errors never load the model.
 *
 * @param file the FILE argument
 * @param sets the `--set` options
 * @throws {CliError} exit 2 when the file cannot be read or is not UTF-8 text
 * @throws {InputError} exit 2 when the scenario or its history file is invalid (the core's error, with file, line and column)
 * @example const scenario = await loadRealisedScenario('scenarios/jilin-2006-2010.yaml', io)
 */
export async function loadRealisedScenario(file: string, io: Io, sets: readonly string[] = []): Promise<Scenario> {
  const { scenario } = await loadScenarioFile(file, io, sets)
  const { realiseScenario } = await import('@zonecast/core')
  return realiseScenario(scenario)
}
