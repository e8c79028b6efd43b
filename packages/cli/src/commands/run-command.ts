import type { ArgumentsCamelCase, Argv } from 'yargs'
import type { GlobalOptions } from '../cli/global-options'
import { singleValue } from '../cli/single-value'
import { UsageError } from '../cli/usage-error'
import type { Io } from '../io/io'
import { emitRunResult } from '../run/emit-run-result'
import { runFormats } from '../run/run-formats'
import type { RunFormat } from '../run/run-formats'
import { loadRealisedScenario } from './load-realised-scenario'
import { addForceOption } from '../cli/force-option'
import { addSetOption } from '../cli/set-option'
import type { SetOptions } from '../cli/set-option'

/** Options of `zonecast run`. */
export interface RunOptions extends GlobalOptions, SetOptions {
  /** scenario file, or `-` for standard input */
  file: string
  /** what to print: `table` (default), `csv`, `json` or `md` */
  format?: RunFormat
  /** a folder to write `<id>.run.csv`, `.json` and `.md` into instead of printing */
  out?: string
  /** replace files in `out` that zonecast did not write */
  force?: boolean
}

/** yargs command string. */
export const command = 'run <file>'

/** One line for `zonecast --help`. */
export const describe = 'plan path, model path, region and indicators per year'

/** Short: one model run (see `ZonecastCommand.shortLived`). */
export const shortLived = (): boolean => true

/**
 * Declares `FILE`, `--format`, `--out` and `--force`.
 *
 * @example builder(yargs()).parseSync(['x.yaml', '--format', 'csv']).format // => "csv"
 */
export function builder(y: Argv<GlobalOptions>): Argv<RunOptions> {
  return addForceOption(addSetOption(y))
    .positional('file', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON), or - for standard input' })
    .option('format', {
      choices: runFormats,
      requiresArg: true,
      coerce: singleValue<RunFormat>('format'),
      describe: 'what to print: a table, CSV, JSON or Markdown (default table)'
    })
    .option('out', {
      type: 'string',
      requiresArg: true,
      coerce: singleValue<string>('out'),
      describe: 'write <id>.run.csv, .json and .md into this folder instead of printing'
    })
    .example('$0 run x.yaml', 'the paths as a table')
    .example('$0 run x.yaml --format csv > x.csv', 'the paths as CSV')
}

/**
 * Runs `zonecast run` for yargs' parsed arguments.
 *
 * @returns the exit code, 0
 */
export async function handler(argv: ArgumentsCamelCase<RunOptions>, io: Io): Promise<number> {
  return run({ file: argv.file, format: argv.format, out: argv.out, force: argv.force, set: argv.set, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast run`: loads the scenario, runs it (plan path, model path, region, indicators) and
 * prints it as a table, CSV, JSON or Markdown, or writes all three files into `--out`.
 * `--json` is the same as `--format json`.
 *
 * @returns the exit code, 0
 * @throws {UsageError} when `--json`, `--format` and `--out` contradict each other
 * @throws {CliError} when the file cannot be read or an output file cannot be written
 * @throws {InputError} when the scenario is invalid
 * @example await run({ file: 'x.yaml', format: 'csv', lang: 'en' }, io) // => 0
 */
export async function run(options: RunOptions, io: Io): Promise<number> {
  const format = chooseFormat(options)
  const scenario = await loadRealisedScenario(options.file, io, options.set)
  const { runScenario } = await import('@zonecast/core')
  return emitRunResult(runScenario(scenario), { format, out: options.out, force: options.force, lang: options.lang, quiet: options.quiet }, io)
}

// the format to print, refusing contradictory options before any file is read
function chooseFormat(options: RunOptions): RunFormat {
  if (options.json && options.format !== undefined && options.format !== 'json') {
    throw new UsageError(`--json and --format ${options.format} contradict each other; give one of them`)
  }
  if (options.out !== undefined) {
    if (options.out === '') throw new UsageError('--out needs a folder name')
    if (options.format !== undefined || options.json) {
      throw new UsageError(`--out writes csv, json and md files and prints nothing; drop ${options.json ? '--json' : '--format'}`)
    }
  } else if (options.force) {
    throw new UsageError('--force is for --out (it lets zonecast replace files there); drop it or add --out DIR')
  }
  return options.json ? 'json' : (options.format ?? 'table')
}
