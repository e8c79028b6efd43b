import { resolve } from 'node:path'
import { CliError } from '../cli/cli-error'
import { fsErrorReason } from '../io/fs-error-reason'

/** Writes a whole file so that no reader ever sees part of it. */
export type AtomicBytesWrite = (path: string, data: string | Uint8Array) => Promise<void>

/**
 * Writes a chart file through a temporary file and a rename (write-file-atomic), so that the
 * file is either whole or as it was: a failed run leaves no partial chart.
 *
 * @param out the file as the user named it
 * @param cwd the folder a relative `out` is resolved against
 * @throws {CliError} exit 2 when it cannot be written, with the reason
 * @example await writeChartFile('gdp.svg', svgText, cwd)
 */
export async function writeChartFile(out: string, data: string | Uint8Array, cwd: string, write: AtomicBytesWrite = writeAtomically): Promise<void> {
  try {
    await write(resolve(cwd, out), data)
  } catch (err) {
    throw new CliError(`cannot write "${out}": ${fsErrorReason(err)}; give --out a file in a folder you can write to`)
  }
}

// write-file-atomic, loaded on first use, as in io/write-files.ts
async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic')
  await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data), typeof data === 'string' ? { encoding: 'utf8' } : {})
}
