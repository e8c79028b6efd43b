import type { RunResult } from '@zonecast/core'
import { CliError } from '../cli/cli-error'
import { exitCodes } from '../cli/exit-codes'
import type { Lang } from '../cli/global-options'
import { formatJson } from '../format/format-json'
import { noteLine } from '../format/note-line'
import type { Io } from '../io/io'
import { writeFiles } from '../io/write-files'
import type { OutputFile } from '../io/write-files'
import type { OutputFs } from '../io/output-fs'
import { renderRunCsv } from './render-run-csv'
import { renderRunMarkdown } from './render-run-markdown'
import { renderRunTable } from './render-run-table'
import type { RunFormat } from './run-formats'

/** How `emitRunResult` shows a result. */
export interface EmitRunOptions {
  /** what to print on standard output when there is no `out` */
  format: RunFormat
  /** a folder to write `<id>.run.csv`, `.json` and `.md` into instead of printing */
  out?: string
  lang: Lang
  /** leave out notes and the list of files written */
  quiet?: boolean
  /** replace files in `out` that zonecast did not write (`--force`) */
  force?: boolean
  /** the file operations (tests inject failures); by default the real file system */
  fs?: OutputFs
}

/**
 * Prints a run result in the chosen format, or writes it to `<id>.run.csv`, `<id>.run.json` and
 * `<id>.run.md` in the `out` folder, every file's content computed before the first is written.
 * Notes go to standard error (`note: ...`) unless the output already holds them (JSON, Markdown
 * on standard output) or `quiet`.
 *
 * @returns exit code 0
 * @throws {CliError} exit 2 when the scenario id cannot name a file or a file cannot be written
 * @example await emitRunResult(result, { format: 'csv', lang: 'en' }, io) // => 0, CSV on io.stdout
 */
export async function emitRunResult(result: RunResult, options: EmitRunOptions, io: Io): Promise<number> {
  const notesOnStderr = options.out !== undefined || options.format === 'table' || options.format === 'csv'
  if (options.out !== undefined) {
    const stem = fileStem(result.scenario.id)
    const files: OutputFile[] = [
      { name: `${stem}.run.csv`, text: renderRunCsv(result) },
      { name: `${stem}.run.json`, text: formatJson(result) },
      { name: `${stem}.run.md`, text: renderRunMarkdown(result, options.lang) }
    ]
    const onWritten = options.quiet ? undefined : (shown: string) => io.stderr(`wrote ${shown}\n`)
    await writeFiles(options.out, files, { cwd: io.cwd, onWritten, onInterrupt: io.onInterrupt, ...(options.force ? { force: true } : {}), ...(options.fs ? { fs: options.fs } : {}) })
  } else {
    io.stdout(render(result, options.format, options.lang))
  }
  if (notesOnStderr && !options.quiet) for (const note of result.notes) io.stderr(`${noteLine(note, options.lang)}\n`)
  return exitCodes.ok
}

// the result in one format
function render(result: RunResult, format: RunFormat, lang: Lang): string {
  switch (format) {
    case 'table':
      return renderRunTable(result, lang)
    case 'csv':
      return renderRunCsv(result)
    case 'json':
      return formatJson(result)
    case 'md':
      return renderRunMarkdown(result, lang)
  }
}

// the scenario id as the start of a file name, refused if it would leave the folder or hide the file
function fileStem(id: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
  if (id === '' || id.startsWith('.') || /[/\\:\u0000-\u001f]/.test(id)) {
    throw new CliError(`scenario id "${id}" cannot name an output file; give the scenario an id of letters, digits, "-" and "_"`)
  }
  return id
}
