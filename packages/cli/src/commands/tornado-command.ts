import type { ArgumentsCamelCase, Argv } from 'yargs'
import { exitCodes } from '../cli/exit-codes'
import type { GlobalOptions } from '../cli/global-options'
import { pickLabel } from '../cli/pick-label'
import { addSetOption } from '../cli/set-option'
import type { SetOptions } from '../cli/set-option'
import { formatJson } from '../format/format-json'
import type { Io } from '../io/io'
import { loadLeverModel } from '../levers/load-lever-model'
import { renderTornado } from '../levers/render-tornado'

/** Options of `zonecast tornado`. */
export interface TornadoOptions extends GlobalOptions, SetOptions {
  file: string
  target: string
}

export const command = 'tornado <file>'

export const describe = 'lever sensitivity of one target: each lever at low and high, sorted by swing'

/**
 * Declares `FILE` and `--target`.
 *
 * @example builder(yargs()).parseSync(['x.yaml', '--target', 'gdp-growth']).target // => "gdp-growth"
 */
export function builder(y: Argv<GlobalOptions>): Argv<TornadoOptions> {
  return addSetOption(y)
    .positional('file', { type: 'string', demandOption: true, describe: 'scenario file with levers (YAML or JSON), or - for standard input' })
    .option('target', { type: 'string', demandOption: true, requiresArg: true, describe: 'the target id' })
    .example('$0 tornado x.yaml --target gdp-growth', 'each lever at low and high, largest swing first')
    .example('$0 tornado x.yaml --target gdp-growth --json', 'the same as JSON') as Argv<TornadoOptions>
}

export async function handler(argv: ArgumentsCamelCase<TornadoOptions>, io: Io): Promise<number> {
  return tornadoCommand({ file: argv.file, target: argv.target, set: argv.set, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast tornado`: the target's value with each lever at its low and high value, the others
 * at their value in the scenario, sorted by swing (MODEL.md §7).
 *
 * @returns exit code 0
 * @throws {InputError} exit 2 for a bad scenario, lever or target
 * @example await tornadoCommand({ file: 'x.yaml', target: 'gdp-growth', lang: 'en' }, io) // => 0
 */
export async function tornadoCommand(options: TornadoOptions, io: Io): Promise<number> {
  const model = await loadLeverModel(options.file, io, options.set)
  const { tornado } = await import('@zonecast/core')
  const result = tornado(model, options.target)
  if (options.json) {
    io.stdout(formatJson(result))
    return exitCodes.ok
  }
  const kind = model.run.targets.find((t) => t.id === options.target)!.kind
  const labels = new Map(model.levers.map((l) => [l.name, pickLabel(l.label, options.lang, l.name)]))
  io.stdout(renderTornado(result, { lang: options.lang, kind, labels, ...(options.quiet ? { quiet: true } : {}) }))
  return exitCodes.ok
}
