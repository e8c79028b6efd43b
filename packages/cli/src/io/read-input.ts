import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CliError } from '../cli/cli-error'
import { decodeInput } from './decode-input'
import { fsErrorReason } from './fs-error-reason'
import type { InputText } from './io'

/** The name standard input goes by in messages. */
export const stdinName = '<stdin>'

/**
 * Largest input file (a scenario or a history CSV): the seeds are under 10 KB and a county-level
 * history of all China under 1 MB; a bigger file is a wrong file, read no further than this.
 */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024

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
  if (fileOrDash === '-') return { text: decodeInput(checkSize(await readStdin(), stdinName), stdinName), file: stdinName }
  if (fileOrDash === '') throw new CliError('the FILE argument is empty; give a scenario file, or - for standard input')
  let bytes: Uint8Array
  try {
    bytes = await readAtMost(resolve(cwd, fileOrDash), MAX_INPUT_BYTES + 1)
  } catch (err) {
    const code = (err as { code?: string }).code ?? ''
    const hint = hints[code]
    throw new CliError(`cannot read "${fileOrDash}": ${fsErrorReason(err)}${hint ? `; ${hint}` : ''}`)
  }
  return { text: decodeInput(checkSize(bytes, fileOrDash), fileOrDash), file: fileOrDash }
}

/**
 * Refuses input longer than `MAX_INPUT_BYTES`.
 *
 * @throws {CliError} exit 2 naming the file and the limit
 * @example checkSize(new Uint8Array(5 * 1024 * 1024), 'x.yaml') // throws: "x.yaml" is larger than 4 MB…
 */
export function checkSize(bytes: Uint8Array, file: string): Uint8Array {
  if (bytes.length <= MAX_INPUT_BYTES) return bytes
  throw new CliError(`"${file}" is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the most zonecast reads; a scenario is a few KB: is it the right file?`)
}

// the first `limit` bytes of a file (all of a smaller one), so that a huge file or a device is never read whole
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(limit)
    let length = 0
    while (length < limit) {
      const { bytesRead } = await handle.read(buffer, length, limit - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    return buffer.subarray(0, length)
  } finally {
    await handle.close()
  }
}
