import type { ArgumentsCamelCase, Argv } from 'yargs'
import type { GlobalOptions } from '../cli/global-options'
import { exitCodes } from '../cli/exit-codes'
import { formatJson } from '../format/format-json'
import type { Io } from '../io/io'
import { showsProgress } from '../progress/shows-progress'
import { addDrawOptions, checkThreads } from '../simulate/draw-options'
import { addSetOption } from '../cli/set-option'
import type { SetOptions } from '../cli/set-option'
import type { DrawOptions } from '../simulate/draw-options'
import { renderSimulate } from '../simulate/render-simulate'
import { runMonteCarlo } from '../simulate/run-monte-carlo'
import { loadScenarioFile } from './load-scenario-file'

/** Options of `zonecast simulate`. */
export interface SimulateOptions extends GlobalOptions, DrawOptions, SetOptions {
  /** scenario file, or `-` for standard input */
  file: string
}

/** yargs command string. */
export const command = 'simulate <file>'

/** One line for `zonecast --help`. */
export const describe = 'Monte Carlo: target probabilities and quantiles per series and year'

/**
 * Declares `FILE`, `--draws` (required), `--seed` and `--threads`.
 *
 * @example builder(yargs()).parseSync(['x.yaml', '--draws', '100']).draws // => 100
 */
export function builder(y: Argv<GlobalOptions>): Argv<SimulateOptions> {
  return addDrawOptions(addSetOption(y.positional('file', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON), or - for standard input' })), true)
    .example('$0 simulate x.yaml --draws 10000', 'probabilities and fan quantiles')
    .example('$0 simulate x.yaml --draws 10000 --seed 7 --json', 'the same as JSON, with another seed')
    .example('$0 simulate x.yaml --draws 1000000 --threads 2', 'on two cores: the same result, sooner') as Argv<SimulateOptions>
}

/**
 * Runs `zonecast simulate` for yargs' parsed arguments.
 */
export async function handler(argv: ArgumentsCamelCase<SimulateOptions>, io: Io): Promise<number> {
  return simulateCommand({ file: argv.file, draws: argv.draws, seed: argv.seed, threads: argv.threads, set: argv.set, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast simulate`: loads the scenario (and its `history.file`) and runs the Monte Carlo on a
 * worker thread, which loads it again with its distributions, with a progress bar on a terminal
 * (see `runMonteCarlo`).
 *
 * @returns exit code 0
 * @throws {CliError} exit 2 when the file cannot be read
 * @throws {CliError} exit 2 when `--threads` is not a positive whole number
 * @throws {InputError} exit 2 when the scenario, the draw count or the seed is wrong
 * @throws {CliError} exit 130 when Ctrl-C stopped the run; nothing is printed on standard output then
 * @example await simulateCommand({ file: 'x.yaml', draws: 2000, lang: 'en' }, io) // => 0
 */
export async function simulateCommand(options: SimulateOptions, io: Io): Promise<number> {
  const threads = checkThreads(options.threads)
  // loaded here too (~0.1 s) to find and read the scenario's history.file, which a worker cannot read through `io`
  const { input, overrides, history } = await loadScenarioFile(options.file, io, options.set)
  const job = { text: input.text, file: input.file, draws: options.draws ?? 0, seed: options.seed, threads, overrides, ...(history === undefined ? {} : { history }) }
  const result = await runMonteCarlo(job, io, showsProgress(io, options))
  io.stdout(options.json ? formatJson(result) : renderSimulate(result, options.lang))
  return exitCodes.ok
}
