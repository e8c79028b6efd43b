import type { Argv } from 'yargs'
import { CliError } from '../cli/cli-error'
import { numberOption } from '../cli/number-option'

/** `--draws`, `--seed` and `--threads`, shared by `simulate` and `check`. */
export interface DrawOptions {
  draws?: number
  seed?: number
  /** worker threads sharing the draws; default 1 */
  threads?: number
}

/**
 * Declares `--draws N`, `--seed S` and `--threads K`.
 *
 * @example addDrawOptions(yargs()).parseSync(['--draws', '2000']).draws // => 2000
 */
export function addDrawOptions<T>(y: Argv<T>, drawsRequired: boolean): Argv<T & DrawOptions> {
  return y
    .option('draws', { ...numberOption('draws', 'Monte Carlo draws'), demandOption: drawsRequired })
    .option('seed', numberOption('seed', 'random seed, 0 to 4294967295 (default fixed, so runs repeat)'))
    .option('threads', numberOption('threads', 'worker threads sharing the draws (default 1; more than the CPUs count as the CPUs); the result is the same for any count')) as unknown as Argv<T & DrawOptions>
}

/**
 * Checks `--threads`, on the main thread (the core, which checks `--draws`, is not loaded there).
 *
 * @returns the thread count, 1 when not given
 * @throws {CliError} exit 2 when it is not a positive whole number
 * @example checkThreads(undefined) // => 1
 */
export function checkThreads(threads: number | undefined): number {
  if (threads === undefined) return 1
  if (!Number.isSafeInteger(threads) || threads < 1) throw new CliError(`--threads: ${threads} is not a positive whole number of threads; e.g. --threads 2`)
  return threads
}
