import type { ArgumentsCamelCase, Argv } from 'yargs'
import type { GlobalOptions } from '../cli/global-options'
import { addForceOption } from '../cli/force-option'
import { addSetOption } from '../cli/set-option'
import { exitCodes } from '../cli/exit-codes'
import { singleValue } from '../cli/single-value'
import type { Io } from '../io/io'
import { chartKinds, DEFAULT_FAN_DRAWS } from '../chart/chart-options'
import type { ChartOptions } from '../chart/chart-options'
import { numberOption } from '../cli/number-option'

/** yargs command string. */
export const command = 'chart <files..>'
/** One line for `zonecast --help`. */
export const describe = 'one chart as a standalone SVG or PNG file'

/**
 * Declares `FILE...`, `--kind`, `--out`, `--series`, `--target`, `--width`, `--draws`, `--seed`, `--variants` and `--force`.
 *
 * @example builder(yargs()).parseSync(['x.yaml', '--kind', 'fan', '--out', 'x.svg']).kind // => "fan"
 */
export function builder(y: Argv<GlobalOptions>): Argv<ChartOptions> {
  const once = <T>(name: string) => ({ requiresArg: true, coerce: singleValue<T>(name) })
  return addForceOption(addSetOption(y))
    .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario file(s), YAML or JSON (several for --kind compare), or - for standard input' })
    .option('kind', { type: 'string', demandOption: true, ...once<string>('kind'), describe: `the chart: ${chartKinds.join(', ')}` })
    .option('out', { type: 'string', demandOption: true, ...once<string>('out'), describe: 'the file to write: .svg, or .png (needs a Chinese font for --lang zh)' })
    .option('series', { type: 'string', ...once<string>('series'), describe: 'projection, fan, compare: the series to draw (default: that of the first target, else gdp)' })
    .option('target', { type: 'string', ...once<string>('target'), describe: 'projection, fan: the only target to mark; targets: the only one to show' })
    .option('width', numberOption('width', 'width in pixels (default 720, A4 text width; PNGs are drawn at twice this)'))
    .option('draws', numberOption('draws', `fan: Monte Carlo draws (default ${DEFAULT_FAN_DRAWS.toLocaleString('en-US')})`))
    .option('seed', numberOption('seed', 'fan: random seed (default fixed, so charts repeat)'))
    .option('variants', { type: 'boolean', describe: 'compare: the one scenario beside each of its variants' })
    .example('$0 chart x.yaml --kind projection --out gdp.svg', 'plan, model path and targets of the first target’s series')
    .example('$0 chart x.yaml --kind fan --series gdp --out fan.png --lang zh', 'Monte Carlo bands as a PNG, in Chinese')
    .example('$0 chart a.yaml b.yaml --kind compare --series investment --out cmp.svg', 'two scenarios’ model paths')
    .example('$0 chart x.yaml --kind compare --variants --out variants.svg', 'the scenario beside each of its variants')
    .epilogue('exit codes: 0 written; 2 a bad option or scenario (no file written); 69 a PNG needs a font the system lacks (sudo apt-get install fonts-wqy-microhei)') as unknown as Argv<ChartOptions>
}

/**
 * Runs `zonecast chart` for yargs' parsed arguments.
 *
 * @returns exit code 0
 */
export async function handler(argv: ArgumentsCamelCase<ChartOptions>, io: Io): Promise<number> {
  return chart(
    { files: argv.files, kind: argv.kind, out: argv.out, series: argv.series, target: argv.target, width: argv.width, draws: argv.draws, seed: argv.seed, variants: argv.variants, force: argv.force, set: argv.set, lang: argv.lang, quiet: argv.quiet, json: argv.json },
    io
  )
}

/**
 * `zonecast chart`: draws one chart of the scenario(s) and writes it to `--out`, saying so on
 * standard error unless `--quiet`. The drawing code (and Observable Plot, jsdom, resvg) loads
 * only here, so other commands never pay for it.
 *
 * @returns exit code 0
 * @throws {CliError} exit 2 for a bad option, series, target or output file (nothing written); exit 69 when a PNG needs a font the system lacks
 * @throws {InputError} exit 2 when a scenario is invalid
 * @example await chart({ files: ['x.yaml'], kind: 'land', out: 'land.svg', lang: 'en' }, io) // => 0
 */
export async function chart(options: ChartOptions, io: Io): Promise<number> {
  const { drawChart } = await import('../chart/draw-chart')
  const written = await drawChart(options, io)
  if (!options.quiet) io.stderr(`wrote ${written}\n`)
  return exitCodes.ok
}
