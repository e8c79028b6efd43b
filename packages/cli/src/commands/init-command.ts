import { lstat } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import type { ArgumentsCamelCase, Argv } from 'yargs'
import { CliError } from '../cli/cli-error'
import { exitCodes } from '../cli/exit-codes'
import type { GlobalOptions } from '../cli/global-options'
import { UsageError } from '../cli/usage-error'
import { initDestination } from '../init/init-destination'
import { DEFAULT_STARTER_ID, starterId, starterScenario } from '../init/starter-scenario'
import type { Io } from '../io/io'
import { writeFiles } from '../io/write-files'

/** Options of `zonecast init`. */
export interface InitOptions extends GlobalOptions {
  /** the file to write (`.yaml` added when it has no `.yaml`/`.yml`), `-` for standard output; default `scenario.yaml` */
  name?: string
  /** replace a file that is already there */
  force?: boolean
}

/** yargs command string. */
export const command = 'init [name]'

/** One line for `zonecast --help`. */
export const describe = 'write a commented starter scenario (YAML) to edit'

/** Short: writes a starter file (see `ZonecastCommand.shortLived`). */
export const shortLived = (): boolean => true

/**
 * Declares `NAME` and `--force`; `--lang` (global) picks the language of the comments.
 *
 * @example builder(yargs()).parseSync(['my-zone', '--force']).force // => true
 */
export function builder(y: Argv<GlobalOptions>): Argv<InitOptions> {
  return y
    .positional('name', { type: 'string', describe: 'the file to write (.yaml is added unless it ends in .yaml or .yml), or - for standard output; default scenario.yaml' })
    .option('force', { type: 'boolean', describe: 'replace the file if it is already there' })
    .example('$0 init my-zone', 'writes my-zone.yaml (id my-zone), comments in English')
    .example('$0 init my-zone --lang zh', 'the same with comments and unit names in Chinese')
    .example('$0 init - > x.yaml', 'prints the starter instead of writing a file')
    .epilogue('exit codes: 0 written; 2 the file is already there (give --force) or cannot be written')
}

/**
 * Runs `zonecast init` for yargs' parsed arguments.
 *
 * @returns the exit code, 0
 */
export async function handler(argv: ArgumentsCamelCase<InitOptions>, io: Io): Promise<number> {
  return init({ name: argv.name, force: argv.force, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast init`: writes the commented starter scenario (every key explained, placeholder
 * numbers) to NAME, or prints it for `-`. A file already there is left alone unless `--force`.
 * The scenario's id is NAME without `.yaml` when that is a valid id, else (and without NAME) `my-zone`.
 *
 * @returns the exit code, 0
 * @throws {UsageError} for `--json` or a bad NAME
 * @throws {CliError} exit 2 when the file is there already (without `--force`) or cannot be written
 * @example await init({ name: 'my-zone', lang: 'en' }, io) // => 0, my-zone.yaml written
 */
export async function init(options: InitOptions, io: Io): Promise<number> {
  if (options.json) throw new UsageError('init writes a YAML scenario, not JSON; drop --json')
  const destination = initDestination(options.name)
  if (destination.kind === 'stdout') {
    io.stdout(starterScenario(options.lang, DEFAULT_STARTER_ID, 'FILE'))
    return exitCodes.ok
  }
  const { file } = destination
  // checked here, not only by writeFiles: init never replaces a file without --force, even one zonecast wrote
  if (!options.force && (await isThere(resolve(io.cwd, file)))) {
    throw new CliError(`"${file}" is there already, so nothing was written; give another name, or --force to replace it`)
  }
  const id = options.name === undefined ? DEFAULT_STARTER_ID : starterId(file)
  const text = starterScenario(options.lang, id, file)
  await writeFiles(dirname(file), [{ name: basename(file), text }], { cwd: io.cwd, force: options.force ?? false })
  if (!options.quiet) io.stderr(`wrote ${file}\nnext: replace its placeholder numbers with your zone's, then run zonecast check ${file}${options.lang === 'zh' ? ' --lang zh' : ''}\n`)
  return exitCodes.ok
}

// whether anything (a file, a folder, a link) is at `path`
async function isThere(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}
