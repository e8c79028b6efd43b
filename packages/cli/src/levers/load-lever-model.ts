import type { LeverModel } from '@zonecast/core'
import type { Io } from '../io/io'

/**
 * Reads a scenario file and compiles its levers, `--set` applied first (see core `leverModel`).
 *
 * @throws {CliError} exit 2 when the file cannot be read
 * @throws {InputError} exit 2 when the scenario, a `--set` or a lever is wrong
 * @example const model = await loadLeverModel('scenarios/jilin-2006-2010.yaml', io, [])
 */
export async function loadLeverModel(file: string, io: Io, sets: readonly string[] = []): Promise<LeverModel> {
  const core = await import('@zonecast/core')
  const overrides = sets.map(core.parseSetOption)
  const input = await io.readInput(file)
  return core.leverModel(input.text, input.file, { overrides })
}
