import type { ArgumentsCamelCase, Argv } from 'yargs'
import { exitCodes } from '../cli/exit-codes'
import { addForceOption } from '../cli/force-option'
import type { GlobalOptions } from '../cli/global-options'
import { addSetOption } from '../cli/set-option'
import { singleValue } from '../cli/single-value'
import { UsageError } from '../cli/usage-error'
import type { Io } from '../io/io'
import { DEFAULT_REPORT_DRAWS } from '../report/report-options'
import type { ReportOptions } from '../report/report-options'
import { numberOption } from '../cli/number-option'

/** yargs command string. */
export const command = 'report <file>'
/** One line for `zonecast --help`. */
export const describe = 'a Markdown and a self-contained HTML report with every chart'

/**
 * Declares `FILE`, `--out`, `--draws`, `--seed` and `--force`.
 *
 * @example builder(yargs()).parseSync(['x.yaml', '--out', 'report']).out // => "report"
 */
export function builder(y: Argv<GlobalOptions>): Argv<ReportOptions> {
  const once = <T>(name: string) => ({ requiresArg: true, coerce: singleValue<T>(name) })
  return addForceOption(addSetOption(y))
    .positional('file', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON), or - for standard input' })
    .option('out', { type: 'string', demandOption: true, ...once<string>('out'), describe: 'the folder to write report.md, report.html and the charts (SVG) into; created if missing' })
    .option('draws', numberOption('draws', `Monte Carlo draws for the probabilities and the fan chart (default ${DEFAULT_REPORT_DRAWS.toLocaleString('en-US')})`))
    .option('seed', numberOption('seed', 'random seed, 0 to 4294967295 (default fixed, so reports repeat)'))
    .example('$0 report x.yaml --out report', 'report/report.md, report/report.html and the charts')
    .example('$0 report x.yaml --out 報告 --lang zh --draws 10000', 'in Chinese, with 10,000 draws')
    .epilogue('exit codes: 0 written; 2 a bad option or scenario, or --out is a file (nothing written)') as unknown as Argv<ReportOptions>
}

/**
 * Runs `zonecast report` for yargs' parsed arguments.
 *
 * @returns exit code 0
 */
export async function handler(argv: ArgumentsCamelCase<ReportOptions>, io: Io): Promise<number> {
  return report({ file: argv.file, out: argv.out, draws: argv.draws, seed: argv.seed, force: argv.force, set: argv.set, lang: argv.lang, quiet: argv.quiet, json: argv.json }, io)
}

/**
 * `zonecast report`: the scenario's targets with their probabilities, findings explained,
 * requirements, levers, variants, assumptions and every chart that applies, as `report.md` and a
 * self-contained `report.html` (charts inline, printable on A4) in `--out`, with the charts' SVG
 * files beside them; says what it wrote on standard error unless `--quiet`. The model, the
 * Monte Carlo and the chart libraries load only here.
 *
 * @returns exit code 0
 * @throws {UsageError} exit 2 for `--json`
 * @throws {CliError} exit 2 for a bad option, `--out` an existing file, or a file in the way (nothing written)
 * @throws {InputError} exit 2 when the scenario, a `--set`, `--draws` or `--seed` is invalid
 * @example await report({ file: 'x.yaml', out: 'report', lang: 'en' }, io) // => 0
 */
export async function report(options: ReportOptions, io: Io): Promise<number> {
  if (options.json) throw new UsageError('report writes its files into --out and prints nothing; drop --json (zonecast check --json --draws N gives the numbers as JSON)')
  const { writeReport } = await import('../report/write-report')
  const written = await writeReport(options, io)
  if (!options.quiet) io.stderr(`wrote ${written.join(', ')}\n`)
  return exitCodes.ok
}
