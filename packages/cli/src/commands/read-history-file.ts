import { dirname, isAbsolute, join } from 'node:path'
import type { Scenario } from '@zonecast/core'
import { CliError } from '../cli/cli-error'
import type { InputText, Io } from '../io/io'
import { stdinName } from '../io/read-input'

/**
 * Reads the data file a scenario's `history: {file}` names, relative to the scenario's folder
 * (to the working folder for a scenario on standard input; as it is when absolute). The core
 * parses it (`withHistoryFile`). The core is imported only for a file that cannot be read.
 *
 * @param scenario the loaded scenario
 * @param input the scenario file as read: its name as typed, or `<stdin>`
 * @returns the data file's text and its name (as found from the working folder), or undefined without `history.file`
 * @throws {InputError} exit 2 naming the scenario's `history.file` when the file cannot be read
 * @example (await readHistoryFile(scenario, { text, file: 'scenarios/x.yaml' }, io))?.file // => "scenarios/data.csv"
 */
export async function readHistoryFile(scenario: Scenario<unknown>, input: InputText, io: Io): Promise<InputText | undefined> {
  const ref = scenario.historyFile
  if (ref === undefined) return undefined
  const name = input.file === stdinName || isAbsolute(ref.file) ? ref.file : join(dirname(input.file), ref.file)
  try {
    // `-` would read standard input, which a data file is not
    return await io.readInput(name === '-' ? './-' : name)
  } catch (err) {
    if (!(err instanceof CliError)) throw err
    const { InputError } = await import('@zonecast/core')
    throw new InputError([{ file: input.file, path: ['history', 'file'], message: err.message }])
  }
}
