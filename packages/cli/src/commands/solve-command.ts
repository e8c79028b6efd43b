import type { ArgumentsCamelCase, Argv } from 'yargs'
import { CliError } from '../cli/cli-error'
import { exitCodes } from '../cli/exit-codes'
import type { GlobalOptions } from '../cli/global-options'
import { addSetOption } from '../cli/set-option'
import type { SetOptions } from '../cli/set-option'
import { formatJson } from '../format/format-json'
import type { Io } from '../io/io'
import { loadLeverModel } from '../levers/load-lever-model'
import { renderSolve } from '../levers/render-solve'
import { numberOption } from '../cli/number-option'

/** The probability `solve --draws` aims at when `--probability` is not given: an even chance. */
export const DEFAULT_SOLVE_PROBABILITY = 0.5

export interface SolveOptions extends GlobalOptions, SetOptions {
  file: string
  target: string
  lever: string
  draws?: number
  seed?: number
  probability?: number
}

export const command = 'solve <file>'

export const describe = 'the lever value that exactly meets a target (or gives it a probability, with --draws)'

/**
 * Declares `FILE`, `--target`, `--lever`, `--draws`, `--seed` and `--probability`.
 *
 * @example builder(yargs()).parseSync(['x.yaml', '--target', 'g', '--lever', 'icor']).lever // => "icor"
 */
export function builder(y: Argv<GlobalOptions>): Argv<SolveOptions> {
  return addSetOption(y)
    .positional('file', { type: 'string', demandOption: true, describe: 'scenario file with levers (YAML or JSON), or - for standard input' })
    .option('target', { type: 'string', demandOption: true, requiresArg: true, describe: 'the target id' })
    .option('lever', { type: 'string', demandOption: true, requiresArg: true, describe: 'the lever to solve for, within its [low, high]' })
    .option('draws', numberOption('draws', 'solve for a probability over N Monte Carlo draws (the same draws at every step; at most 100,000)'))
    .option('seed', numberOption('seed', 'seed of the draws (default the fixed seed of simulate)'))
    .option('probability', numberOption('probability', 'with --draws: the probability to reach (default 0.5)'))
    .example('$0 solve x.yaml --target gdp-growth --lever infrastructure-growth', 'the infrastructure growth that exactly meets the target')
    .example('$0 solve x.yaml --target gdp-growth --lever infrastructure-growth --draws 2000', '... that gives it an even chance')
    .epilogue('exit codes: 0 solved, or met everywhere in [low, high]; 1 not attainable within [low, high]; 2 bad input') as Argv<SolveOptions>
}

export async function handler(argv: ArgumentsCamelCase<SolveOptions>, io: Io): Promise<number> {
  return solveCommand({ file: argv.file, target: argv.target, lever: argv.lever, draws: argv.draws, seed: argv.seed, probability: argv.probability, set: argv.set, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast solve`: the lever value in [low, high] at which the target is exactly met (MODEL.md
 * §7), or with `--draws` at which its probability reaches `--probability`.
 *
 * @returns 0 when solved or met everywhere, 1 when not attainable within [low, high]
 * @throws {InputError} exit 2 for a bad scenario, lever, target or draw count
 * @example await solveCommand({ file: 'x.yaml', target: 'g', lever: 'icor', lang: 'en' }, io) // => 0
 */
export async function solveCommand(options: SolveOptions, io: Io): Promise<number> {
  if (options.probability !== undefined && options.draws === undefined) throw new CliError('--probability needs --draws: the probability of a target comes from Monte Carlo draws', exitCodes.input)
  const level = options.probability ?? DEFAULT_SOLVE_PROBABILITY
  if (!(level > 0 && level < 1)) throw new CliError(`--probability ${level} is not between 0 and 1`, exitCodes.input)
  const model = await loadLeverModel(options.file, io, options.set)
  const core = await import('@zonecast/core')
  const probability = options.draws === undefined ? undefined : { level, draws: options.draws, seed: options.seed ?? core.DEFAULT_SEED }
  const r = core.solve(model, options.target, options.lever, probability ? { probability } : {})
  if (options.json) io.stdout(formatJson(r))
  else {
    const kind = model.run.targets.find((t) => t.id === r.target)!.kind
    io.stdout(renderSolve(r, kind, options.lang))
  }
  return r.attained ? exitCodes.ok : exitCodes.checkFailed
}
