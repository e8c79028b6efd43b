import type { LeverModel } from '@zonecast/core'
import { loadScenarioFile } from '../commands/load-scenario-file'
import type { Io } from '../io/io'

/**
 * Reads a scenario file (with its `history.file`) and compiles its levers, `--set` applied
 * first (see core `leverModel`).
 *
 * @throws {CliError} exit 2 when the file cannot be read
 * @throws {InputError} exit 2 when the scenario, a `--set` or a lever is wrong
 * @example const model = await loadLeverModel('scenarios/jilin-2006-2010.yaml', io, [])
 */
export async function loadLeverModel(file: string, io: Io, sets: readonly string[] = []): Promise<LeverModel> {
  const { input, scenario, overrides, history } = await loadScenarioFile(file, io, sets)
  const { leverModel } = await import('@zonecast/core')
  return leverModel(input.text, input.file, { overrides, loaded: scenario, ...(history ? { history } : {}) })
}
