import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CliError } from '../cli/cli-error'
import { fsErrorReason } from './fs-error-reason'

/** One output file: its name inside the output folder and its whole content. */
export interface OutputFile {
  name: string
  text: string
}

/** Writes a whole file so that no reader ever sees part of it. */
export type AtomicWrite = (path: string, text: string) => Promise<void>

/** Options of `writeFiles`. */
export interface WriteFilesOptions {
  /** the folder a relative `dir` is resolved against */
  cwd: string
  /** called with each file's path (as the user would name it) once it is in place */
  onWritten?: (shown: string) => void
  /** the writer; by default write-file-atomic (temporary file in the same folder, then rename) */
  write?: AtomicWrite
}

/**
 * Writes files into a folder, creating it if missing. Each file goes to a temporary file beside
 * it and is renamed into place, so a file is either whole or absent. If one fails, the files
 * already renamed stay, the failed one's temporary file is removed, and the error names both.
 *
 * @param dir the output folder as the user gave it
 * @param files the files, their content already computed
 * @returns the paths written, as the user would name them
 * @throws {CliError} exit 2 when the folder cannot be created or a file cannot be written
 * @example await writeFiles('out', [{ name: 'x.run.csv', text: 'a\n' }], { cwd }) // => ["out/x.run.csv"]
 */
export async function writeFiles(dir: string, files: readonly OutputFile[], options: WriteFilesOptions): Promise<string[]> {
  const folder = resolve(options.cwd, dir)
  try {
    await mkdir(folder, { recursive: true })
  } catch (err) {
    throw new CliError(`cannot create folder "${dir}": ${fsErrorReason(err)}; give --out a folder you can write to`)
  }
  const write = options.write ?? writeAtomically
  const written: string[] = []
  for (const file of files) {
    const shown = join(dir, file.name)
    try {
      await write(join(folder, file.name), file.text)
    } catch (err) {
      const already = written.length > 0 ? `already written: ${written.join(', ')}` : 'no file was written'
      throw new CliError(`cannot write "${shown}": ${fsErrorReason(err)}; give --out a folder you can write to\n${already}`)
    }
    written.push(shown)
    options.onWritten?.(shown)
  }
  return written
}

// write-file-atomic, loaded on first use: it installs exit handlers that a read-only run does not need
async function writeAtomically(path: string, text: string): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic')
  await writeFileAtomic(path, text, { encoding: 'utf8' })
}
