import type { Argv } from 'yargs'
import { singleValue } from '../cli/single-value'

/** `--draws` and `--seed`, shared by `simulate` and `check`. */
export interface DrawOptions {
  draws?: number
  seed?: number
}

/**
 * Declares `--draws N` and `--seed S`.
 *
 * @example addDrawOptions(yargs()).parseSync(['--draws', '2000']).draws // => 2000
 */
export function addDrawOptions<T>(y: Argv<T>, drawsRequired: boolean): Argv<T & DrawOptions> {
  return y
    .option('draws', { type: 'number', requiresArg: true, demandOption: drawsRequired, coerce: singleValue<number>('draws'), describe: 'Monte Carlo draws' })
    .option('seed', { type: 'number', requiresArg: true, coerce: singleValue<number>('seed'), describe: 'random seed, 0 to 4294967295 (default fixed, so runs repeat)' }) as Argv<T & DrawOptions>
}
