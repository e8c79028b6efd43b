/**
 * Safe output (issue 9): every file zonecast writes goes through `writeFiles`. Files are written
 * whole to temporary files beside their targets and only then renamed into place, so a run that
 * fails or is stopped leaves the previous files as they were; and a file that is already there is
 * replaced only when zonecast wrote it and nobody has changed it since (see `written-record.ts`),
 * or with `--force`.
 */
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CliError } from '../cli/cli-error'
import { exitCodes } from '../cli/exit-codes'
import { fsErrorReason } from './fs-error-reason'
import { nodeOutputFs } from './output-fs'
import type { OutputFs } from './output-fs'
import { contentHash, readWrittenRecord, RECORD_NAME, recordText } from './written-record'

/** One output file: its name inside the output folder and its whole content. */
export interface OutputFile {
  name: string
  text: string | Uint8Array
}

/** Options of `writeFiles`. */
export interface WriteFilesOptions {
  /** the folder a relative `dir` is resolved against */
  cwd: string
  /** replace files that are in the way even when zonecast did not write them (`--force`) */
  force?: boolean
  /** called with each file's path (as the user would name it) once it is in place */
  onWritten?: (shown: string) => void
  /** defers Ctrl-C while files are written (the CLI passes `io.onInterrupt`) */
  onInterrupt?: (listener: () => void) => () => void
  /** the file operations; tests inject failures (a full disk) */
  fs?: OutputFs
}

/**
 * Writes files into a folder, creating it if missing, all or nothing as far as a file system
 * allows: first every file to a temporary file beside its target, then the renames. A failure
 * or Ctrl-C before the renames removes the temporary files and changes nothing; Ctrl-C during
 * them waits until they are done (they take microseconds). Files already there are checked
 * first: unless `force`, one that zonecast did not write, or that was changed since, stops the
 * whole write before anything is touched.
 *
 * @param dir the output folder as the user gave it
 * @param files the files, their content already computed
 * @returns the paths written, as the user would name them
 * @throws {CliError} exit 2 when a file is in the way or the folder or a file cannot be written; exit 130 on Ctrl-C
 * @example await writeFiles('out', [{ name: 'x.run.csv', text: 'a\n' }], { cwd }) // => ["out/x.run.csv"]
 */
export async function writeFiles(dir: string, files: readonly OutputFile[], options: WriteFilesOptions): Promise<string[]> {
  const fs = options.fs ?? nodeOutputFs
  const folder = resolve(options.cwd, dir)
  const shown = (name: string): string => join(dir, name)
  try {
    await mkdir(folder, { recursive: true })
  } catch (err) {
    throw new CliError(`cannot create folder "${dir}": ${fsErrorReason(err)}; write somewhere you may create folders`)
  }
  const record = await readWrittenRecord(fs, folder)
  const blocked = await inTheWay(fs, folder, files, record, options.force ?? false, shown)
  if (blocked.length > 0) {
    const list = blocked.map((b) => `"${shown(b.name)}" ${b.why}`).join('\n')
    throw new CliError(`${list}\nnothing was written; pass --force to replace ${blocked.length === 1 ? 'it' : 'them'}, or write somewhere else`)
  }
  let interrupted = false
  const stopListening = options.onInterrupt?.(() => (interrupted = true))
  const temporary: string[] = []
  // temporary files before this index have been renamed into place
  let renamed = 0
  try {
    for (const [i, file] of files.entries()) {
      const temp = join(folder, `.${file.name}.${process.pid}-${i}.zonecast-tmp`)
      try {
        temporary.push(temp)
        await fs.writeWhole(temp, file.text)
      } catch (err) {
        throw new CliError(`cannot write "${shown(file.name)}": ${fsErrorReason(err)}; nothing was changed in "${dir}"`)
      }
      if (interrupted) throw new CliError(`stopped by Ctrl-C before any file was replaced; nothing was changed in "${dir}"`, exitCodes.interrupted)
    }
    const written: string[] = []
    for (const [i, file] of files.entries()) {
      try {
        await fs.rename(temporary[i]!, join(folder, file.name))
      } catch (err) {
        const already = written.length > 0 ? `already replaced: ${written.join(', ')}` : 'no file was replaced'
        throw new CliError(`cannot write "${shown(file.name)}": ${fsErrorReason(err)}; ${already}`)
      }
      renamed = i + 1
      written.push(shown(file.name))
      options.onWritten?.(shown(file.name))
    }
    const hashes = Object.fromEntries(files.map((f) => [f.name, contentHash(f.text)]))
    try {
      await writeRecord(fs, folder, { ...record, ...hashes })
    } catch (err) {
      throw new CliError(`wrote ${written.join(', ')}, but cannot record them in "${shown(RECORD_NAME)}": ${fsErrorReason(err)}; the next run will need --force to replace them`)
    }
    return written
  } finally {
    stopListening?.()
    for (const temp of temporary.slice(renamed)) await fs.remove(temp)
  }
}

/** A file that stops a write, and why. */
interface Blocked {
  name: string
  why: string
}

// the targets that exist and may not be replaced; a target that cannot even be looked at (a name
// too long, a folder not readable) stops the write with its reason, not as an internal error
async function inTheWay(fs: OutputFs, folder: string, files: readonly OutputFile[], record: Record<string, string>, force: boolean, shown: (name: string) => string): Promise<Blocked[]> {
  const blocked: Blocked[] = []
  for (const file of files) {
    const path = join(folder, file.name)
    const look = <T>(p: Promise<T>): Promise<T> => p.catch((err: unknown) => Promise.reject(new CliError(`cannot write "${shown(file.name)}": ${fsErrorReason(err)}; nothing was written`)))
    const kind = await look(fs.kind(path))
    if (kind === 'none') continue
    if (kind === 'folder') blocked.push({ name: file.name, why: 'is a folder' })
    else if (force) continue
    else if (kind === 'other') blocked.push({ name: file.name, why: 'is there already and is not a plain file' })
    else if (record[file.name] === undefined) blocked.push({ name: file.name, why: 'is there already, and zonecast did not write it' })
    else if (record[file.name] !== contentHash(await look(fs.read(path)))) blocked.push({ name: file.name, why: 'was written by zonecast but changed since' })
  }
  return blocked
}

// the record, written whole as the files were
async function writeRecord(fs: OutputFs, folder: string, hashes: Record<string, string>): Promise<void> {
  const temp = join(folder, `.${RECORD_NAME}.${process.pid}.zonecast-tmp`)
  try {
    await fs.writeWhole(temp, recordText(hashes))
    await fs.rename(temp, join(folder, RECORD_NAME))
  } finally {
    await fs.remove(temp)
  }
}
