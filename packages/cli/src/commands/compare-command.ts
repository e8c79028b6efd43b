import type { ArgumentsCamelCase, Argv } from 'yargs'
import type { ComparedEntry } from '@zonecast/core'
import { CliError } from '../cli/cli-error'
import { exitCodes } from '../cli/exit-codes'
import type { GlobalOptions } from '../cli/global-options'
import { addSetOption } from '../cli/set-option'
import type { SetOptions } from '../cli/set-option'
import { formatCsv } from '../format/format-csv'
import { formatJson } from '../format/format-json'
import type { Io } from '../io/io'
import { loadScenarioFile } from './load-scenario-file'

export const compareFormats = ['table', 'csv', 'json', 'md'] as const

export interface CompareOptions extends GlobalOptions, SetOptions {
  files: string[]
  variants?: boolean
  format?: (typeof compareFormats)[number]
}

export const command = 'compare <files..>'

export const describe = 'scenarios, or a scenario and its variants, side by side'

/** Short: one model run per scenario or variant (see `ZonecastCommand.shortLived`). */
export const shortLived = (): boolean => true

/**
 * Declares `FILE...`, `--variants` and `--format`.
 *
 * @example builder(yargs()).parseSync(['a.yaml', 'b.yaml']).files // => ['a.yaml', 'b.yaml']
 */
export function builder(y: Argv<GlobalOptions>): Argv<CompareOptions> {
  return addSetOption(y)
    .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario files (YAML or JSON)' })
    .option('variants', { type: 'boolean', describe: 'compare the (one) scenario with each of its variants' })
    .option('format', { choices: compareFormats, requiresArg: true, describe: 'table (default), csv, json or md' })
    .example('$0 compare a.yaml b.yaml', 'two plans side by side')
    .example('$0 compare x.yaml --variants --format md', 'a scenario and its variants as a Markdown table') as Argv<CompareOptions>
}

export async function handler(argv: ArgumentsCamelCase<CompareOptions>, io: Io): Promise<number> {
  return compareCommand({ files: argv.files, variants: argv.variants, format: argv.format, set: argv.set, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast compare`: every target's model value and status, the end-year levels of the main
 * series, the requirements and the findings that differ, per scenario or variant.
 *
 * @returns exit code 0
 * @throws {CliError} exit 2 for --variants with other than one file, or one without variants
 * @throws {InputError} exit 2 for a bad scenario, variant or --set
 * @example await compareCommand({ files: ['a.yaml', 'b.yaml'], lang: 'en' }, io) // => 0
 */
export async function compareCommand(options: CompareOptions, io: Io): Promise<number> {
  if (options.variants && options.files.length !== 1) throw new CliError(`--variants compares one scenario with its variants; ${options.files.length} files were given`, exitCodes.input)
  const core = await import('@zonecast/core')
  const entries: ComparedEntry[] = []
  for (const file of options.files) {
    const { input, scenario: base, overrides, history } = await loadScenarioFile(file, io, options.set)
    if (options.variants) {
      // the variants are loaded as `chart --kind compare --variants` and `report` load them
      const { comparedEntry, variantChartScenarios } = await import('../chart/variant-chart-scenarios')
      entries.push(...variantChartScenarios(input, base, overrides, history).map(comparedEntry))
    } else {
      entries.push({ id: base.id, label: base.title, file: input.file, variant: null, scenario: core.realiseScenario(base) })
    }
  }
  if (entries.length < 2 && !options.variants) throw new CliError('compare needs two scenarios or more, or one with --variants', exitCodes.input)
  const result = core.compareScenarios(entries)
  const format = options.json ? 'json' : (options.format ?? 'table')
  // the renderers load here, each where it is used, not at the top: the Chinese findings'
  // writer reaches the core's chunk, which start-up (--help, argument errors) must not load
  if (format === 'json') {
    io.stdout(formatJson(result))
  } else if (format === 'csv') {
    // CSV is data: its row names stay English in both languages, as JSON's keys do
    const { compareRows } = await import('../compare/compare-rows')
    io.stdout(formatCsv(compareRows(result, { raw: true, lang: 'en' })))
  } else {
    const { renderCompare } = await import('../compare/render-compare')
    io.stdout(renderCompare(result, format, options.lang, (name) => entries[0]!.scenario.series[name]?.label))
  }
  return exitCodes.ok
}
