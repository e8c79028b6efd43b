import type { ArgumentsCamelCase, Argv } from 'yargs'
import { checkExitCode } from '../check/check-exit-code'
import type { GlobalOptions } from '../cli/global-options'
import { formatJson } from '../format/format-json'
import type { Io } from '../io/io'
import { showsProgress } from '../progress/shows-progress'
import { addDrawOptions, checkThreads } from '../simulate/draw-options'
import type { DrawOptions } from '../simulate/draw-options'
import { runMonteCarlo } from '../simulate/run-monte-carlo'
import { loadScenarioFile } from './load-scenario-file'
import { addSetOption } from '../cli/set-option'
import type { SetOptions } from '../cli/set-option'

/** Options of `zonecast check`. */
export interface CheckOptions extends GlobalOptions, DrawOptions, SetOptions {
  /** scenario file, or `-` for standard input */
  file: string
  /** fail (exit 1) on a warning finding too */
  strict?: boolean
}

/** yargs command string. */
export const command = 'check <file>'

/** One line for `zonecast --help`. */
export const describe = 'targets on the plan and model paths, findings and requirements'

/**
 * Declares `FILE` and `--strict`.
 *
 * @example builder(yargs()).parseSync(['x.yaml', '--strict']).strict // => true
 */
export function builder(y: Argv<GlobalOptions>): Argv<CheckOptions> {
  return addDrawOptions(
    addSetOption(y)
      .positional('file', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON), or - for standard input' })
      .option('strict', { type: 'boolean', describe: 'exit 1 on a warning finding too' }),
    false
  )
    .example('$0 check x.yaml --strict', 'targets, findings and notes; exit 1 on a warning too')
    .example('$0 check x.yaml --draws 2000', 'with each target’s probability')
    .example('$0 check x.yaml --json', 'the same as JSON') as Argv<CheckOptions>
}

/**
 * Short without `--draws`: one model run (see `ZonecastCommand.shortLived`).
 *
 * @example shortLived({ file: 'x.yaml', draws: 2000 } as ArgumentsCamelCase<CheckOptions>) // => false
 */
export function shortLived(argv: ArgumentsCamelCase<CheckOptions>): boolean {
  return argv.draws === undefined
}

/**
 * Runs `zonecast check` for yargs' parsed arguments.
 *
 * @returns the exit code: 0 all targets met, 1 not (see `checkExitCode`)
 */
export async function handler(argv: ArgumentsCamelCase<CheckOptions>, io: Io): Promise<number> {
  return check({ file: argv.file, strict: argv.strict, draws: argv.draws, seed: argv.seed, threads: argv.threads, set: argv.set, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast check`: loads the scenario, evaluates its targets and checks, and prints the targets
 * table, findings and notes (or, with `--json`, the check result as JSON). With `--draws`, each
 * target also gets its Monte Carlo probability, from a run on a worker thread with a progress bar on
 * a terminal (see `runMonteCarlo`).
 *
 * @returns 0 when every target is met and no finding is an error (`--strict`: nor a warning), else 1
 * @throws {CliError} when the file cannot be read or `--threads` is wrong (exit 2), or when Ctrl-C stopped the Monte Carlo (exit 130, nothing on standard output)
 * @throws {InputError} when the scenario is invalid
 * @example await check({ file: 'x.yaml', lang: 'en', strict: true }, io) // => 1 when a warning is found
 */
export async function check(options: CheckOptions, io: Io): Promise<number> {
  const threads = checkThreads(options.threads)
  const { input, scenario, overrides, history } = await loadScenarioFile(options.file, io, options.set)
  const core = await import('@zonecast/core')
  let result = core.checkScenario(core.realiseScenario(scenario))
  if (options.draws !== undefined) {
    const job = { text: input.text, file: input.file, draws: options.draws, seed: options.seed ?? core.DEFAULT_SEED, threads, overrides, ...(history === undefined ? {} : { history }) }
    result = core.attachProbabilities(result, await runMonteCarlo(job, io, showsProgress(io, options)))
  }
  // the table's code is imported here, not at the top: it reaches the core, which start-up must
  // not load (test/chart-cli.test.ts, "lazy loading")
  io.stdout(options.json ? formatJson(result) : (await import('../check/render-check')).renderCheck(result, { lang: options.lang, quiet: options.quiet }))
  return checkExitCode(result, options.strict ?? false)
}
