import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CliError } from '../cli/cli-error'
import { decodeInput } from './decode-input'
import { fsErrorReason } from './fs-error-reason'
import type { InputText } from './io'

/** The name standard input goes by in messages. */
export const stdinName = '<stdin>'

/** What to tell the user to do about a file that cannot be read, by error code. */
const hints: Readonly<Record<string, string>> = {
  ENOENT: 'check the path',
  EISDIR: 'give a scenario file (YAML or JSON)',
  EACCES: 'check the file permissions',
  EPERM: 'check the file permissions'
}

/**
 * Reads a scenario file (relative paths against `cwd`), or standard input for `-`, and
 * decodes it as UTF-8 (see `decodeInput`).
 *
 * @param fileOrDash the FILE argument
 * @param cwd the folder relative paths are resolved against
 * @param readStdin reads standard input to its end
 * @throws {CliError} exit 2 when the file is missing, a folder, unreadable or not UTF-8 text
 * @example await readInput('x.yaml', '/work', readStdin) // => { text: "id: x\n", file: "x.yaml" }
 */
export async function readInput(fileOrDash: string, cwd: string, readStdin: () => Promise<Uint8Array>): Promise<InputText> {
  if (fileOrDash === '-') return { text: decodeInput(await readStdin(), stdinName), file: stdinName }
  if (fileOrDash === '') throw new CliError('the FILE argument is empty; give a scenario file, or - for standard input')
  let bytes: Uint8Array
  try {
    bytes = await readFile(resolve(cwd, fileOrDash))
  } catch (err) {
    const code = (err as { code?: string }).code ?? ''
    const hint = hints[code]
    throw new CliError(`cannot read "${fileOrDash}": ${fsErrorReason(err)}${hint ? `; ${hint}` : ''}`)
  }
  return { text: decodeInput(bytes, fileOrDash), file: fileOrDash }
}
