import type { ArgumentsCamelCase, Argv } from 'yargs'
import { exitCodes } from '../cli/exit-codes'
import type { GlobalOptions } from '../cli/global-options'
import { addSetOption } from '../cli/set-option'
import type { SetOptions } from '../cli/set-option'
import { formatCsv } from '../format/format-csv'
import { formatJson } from '../format/format-json'
import type { Io } from '../io/io'
import { loadLeverModel } from '../levers/load-lever-model'
import { renderSweepTable } from '../levers/render-sweep-table'
import { numberOption } from '../cli/number-option'

/** What `sweep` prints. */
export const sweepFormats = ['table', 'csv', 'json'] as const

export interface SweepOptions extends GlobalOptions, SetOptions {
  file: string
  lever: string[]
  steps?: number
  format?: (typeof sweepFormats)[number]
}

export const command = 'sweep <file>'

export const describe = 'every target over a grid of one or two levers'

/**
 * Declares `FILE`, `--lever` (once or twice), `--steps` and `--format`.
 *
 * @example builder(yargs()).parseSync(['x.yaml', '--lever', 'icor', '--steps', '5']).steps // => 5
 */
export function builder(y: Argv<GlobalOptions>): Argv<SweepOptions> {
  return addSetOption(y)
    .positional('file', { type: 'string', demandOption: true, describe: 'scenario file with levers (YAML or JSON), or - for standard input' })
    .option('lever', { type: 'string', array: true, demandOption: true, requiresArg: true, describe: 'a lever to sweep; give two for a grid' })
    .option('steps', numberOption('steps', 'grid points per lever, both ends included (default 11)'))
    .option('format', { choices: sweepFormats, requiresArg: true, describe: 'table (default), csv or json' })
    .example('$0 sweep x.yaml --lever icor --steps 7', 'every target at 7 ICOR values')
    .example('$0 sweep x.yaml --lever icor --lever infrastructure-growth --format csv', 'an 11 × 11 grid as CSV') as Argv<SweepOptions>
}

export async function handler(argv: ArgumentsCamelCase<SweepOptions>, io: Io): Promise<number> {
  return sweepCommand({ file: argv.file, lever: argv.lever, steps: argv.steps, format: argv.format, set: argv.set, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast sweep`: one or two levers over an even grid, every target's value and status at each
 * point (MODEL.md §7), as a table, CSV (full precision) or JSON.
 *
 * @returns exit code 0
 * @throws {InputError} exit 2 for a bad scenario, lever or step count
 * @example await sweepCommand({ file: 'x.yaml', lever: ['icor'], lang: 'en' }, io) // => 0
 */
export async function sweepCommand(options: SweepOptions, io: Io): Promise<number> {
  const model = await loadLeverModel(options.file, io, options.set)
  const core = await import('@zonecast/core')
  const result = core.sweep(model, options.lever, options.steps ?? core.DEFAULT_SWEEP_STEPS)
  const format = options.json ? 'json' : (options.format ?? 'table')
  const targets = model.run.targets
  if (format === 'json') io.stdout(formatJson(result))
  else if (format === 'csv') {
    const header = [...result.levers.map((l) => l.lever), ...targets.flatMap((t) => [t.id, `${t.id} met`])]
    io.stdout(formatCsv([header, ...result.points.map((p) => [...p.values, ...p.targets.flatMap((t) => [t.value, t.met ? 'yes' : 'no'])])]))
  } else {
    io.stdout(renderSweepTable(result, targets.map((t) => t.id), targets.map((t) => t.kind), { lang: options.lang, ...(options.quiet ? { quiet: true } : {}) }))
  }
  return exitCodes.ok
}
