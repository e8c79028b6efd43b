import type { ArgumentsCamelCase, Argv } from 'yargs'
import type { GlobalOptions } from '../cli/global-options'
import { exitCodes } from '../cli/exit-codes'
import { formatJson } from '../format/format-json'
import type { Io } from '../io/io'
import { addDrawOptions } from '../simulate/draw-options'
import type { DrawOptions } from '../simulate/draw-options'
import { renderSimulate } from '../simulate/render-simulate'
import { loadScenarioFile } from './load-scenario-file'

/** Options of `zonecast simulate`. */
export interface SimulateOptions extends GlobalOptions, DrawOptions {
  /** scenario file, or `-` for standard input */
  file: string
}

/** yargs command string. */
export const command = 'simulate <file>'

/** One line for `zonecast --help`. */
export const describe = 'Monte Carlo: target probabilities and quantiles per series and year'

/**
 * Declares `FILE`, `--draws` (required) and `--seed`.
 *
 * @example builder(yargs()).parseSync(['x.yaml', '--draws', '100']).draws // => 100
 */
export function builder(y: Argv<GlobalOptions>): Argv<SimulateOptions> {
  return addDrawOptions(y.positional('file', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON), or - for standard input' }), true)
    .example('$0 simulate x.yaml --draws 10000', 'probabilities and fan quantiles')
    .example('$0 simulate x.yaml --draws 10000 --seed 7 --json', 'the same as JSON, with another seed') as Argv<SimulateOptions>
}

/**
 * Runs `zonecast simulate` for yargs' parsed arguments.
 */
export async function handler(argv: ArgumentsCamelCase<SimulateOptions>, io: Io): Promise<number> {
  return simulateCommand({ file: argv.file, draws: argv.draws, seed: argv.seed, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast simulate`: loads the scenario with its distributions and runs the Monte Carlo.
 *
 * @returns exit code 0
 * @throws {InputError} exit 2 when the scenario, the draw count or the seed is wrong
 * @example await simulateCommand({ file: 'x.yaml', draws: 2000, lang: 'en' }, io) // => 0
 */
export async function simulateCommand(options: SimulateOptions, io: Io): Promise<number> {
  const scenario = await loadScenarioFile(options.file, io)
  const { simulate, DEFAULT_SEED } = await import('@zonecast/core')
  const result = simulate(scenario, { draws: options.draws ?? 0, seed: options.seed ?? DEFAULT_SEED })
  io.stdout(options.json ? formatJson(result) : renderSimulate(result))
  return exitCodes.ok
}
