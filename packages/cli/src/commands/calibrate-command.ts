import { basename, dirname } from 'node:path'
import type { ArgumentsCamelCase, Argv } from 'yargs'
import { readHistoryInput } from '../calibrate/read-history-input'
import type { HistoryInput } from '../calibrate/read-history-input'
import { renderCalibrate } from '../calibrate/render-calibrate'
import { CliError } from '../cli/cli-error'
import type { GlobalOptions } from '../cli/global-options'
import { singleValue } from '../cli/single-value'
import { UsageError } from '../cli/usage-error'
import { formatJson } from '../format/format-json'
import type { Io } from '../io/io'
import { writeFiles } from '../io/write-files'
import { addForceOption } from '../cli/force-option'
import { numberOption } from '../cli/number-option'

/** Longest forecast or backtest horizon: beyond a few decades a baseline says nothing. */
const MAX_HORIZON = 50
/** Longest ICOR gestation lag accepted, years. */
const MAX_LAG = 10

/** Options of `zonecast calibrate`. */
export interface CalibrateCommandOptions extends GlobalOptions {
  /** a history CSV (long or wide form) or a scenario with `history`; `-` for standard input */
  file: string
  /** the series to calibrate (long file), or what a wide file's values are (default gdp) */
  series?: string
  /** the region (row) of a file of several, by name, English name or code */
  region?: string
  /** run the rolling-origin backtest */
  backtest?: boolean
  /** a scenario file to fill with calibrated assumptions */
  writeScenario?: string
  /** let --write-scenario replace a file zonecast did not write (the scenario itself, say) */
  force?: boolean
  /** forecast years (default 5, or up to a scenario's end year) */
  horizon?: number
  /** ICOR gestation lag, years (default the scenario's gestation_years, else 1) */
  lag?: number
  /** outlier threshold in robust sd (default 5) */
  threshold?: number
}

/** yargs command string. */
export const command = 'calibrate <file>'

/** One line for `zonecast --help`. */
export const describe = 'history statistics, data checks, baseline forecasts and backtests (MODEL.md §8)'

/**
 * Declares `FILE`, `--series`, `--region`, `--backtest`, `--write-scenario`, `--force`, `--horizon`, `--lag`, `--threshold`.
 *
 * @example builder(yargs()).parseSync(['gdp.csv', '--region', 'Jilin']).region // => "Jilin"
 */
export function builder(y: Argv<GlobalOptions>): Argv<CalibrateCommandOptions> {
  const text = (name: string, describe: string) => ({ type: 'string' as const, requiresArg: true, coerce: singleValue<string>(name), describe })
  return addForceOption(y)
    .positional('file', { type: 'string', demandOption: true, describe: 'a history CSV (long: year,series,value[,region]; wide: a row per region, a column per year) or a scenario with history, or - for standard input' })
    .option('series', text('series', 'the series to calibrate; for a wide file, what its values are (default gdp)'))
    .option('region', text('region', 'the region (row) to calibrate: a name, an English province name or a code'))
    .option('backtest', { type: 'boolean', describe: 'rolling-origin backtest: MAPE and interval coverage by years ahead, over the region or every region of the file' })
    .option('write-scenario', text('write-scenario', 'fill this scenario (YAML) with calibrated assumptions, each marked with a comment'))
    .option('horizon', numberOption('horizon', 'years to forecast (default 5, or to the scenario\'s end year)'))
    .option('lag', numberOption('lag', 'gestation lag of the apparent ICOR, years (default the scenario\'s gestation_years, else 1)'))
    .option('threshold', numberOption('threshold', 'flag values this many robust sd off their series\' pattern (default 5)'))
    .example('$0 calibrate provinces.csv', 'data checks and statistics of every region')
    .example('$0 calibrate provinces.csv --region Jilin', 'statistics and forecasts of one region')
    .example('$0 calibrate provinces.csv --backtest', 'how honest the forecast intervals were, over every region')
    .example('$0 calibrate zone.yaml --write-scenario zone-calibrated.yaml', 'a copy of the scenario with growth_shock_sd and the ICOR range from its history')
    .example('$0 calibrate zone.yaml --write-scenario zone.yaml --force', 'the same, filled into the scenario itself')
}

/**
 * Runs `zonecast calibrate` for yargs' parsed arguments.
 *
 * @returns the exit code, 0
 */
export async function handler(argv: ArgumentsCamelCase<CalibrateCommandOptions>, io: Io): Promise<number> {
  return calibrateCommand({ file: argv.file, series: argv.series, region: argv.region, backtest: argv.backtest, writeScenario: argv.writeScenario, force: argv.force, horizon: argv.horizon, lag: argv.lag, threshold: argv.threshold, json: argv.json, lang: argv.lang, quiet: argv.quiet }, io)
}

/**
 * `zonecast calibrate`: reads the history, runs the data checks, statistics, forecasts and
 * (with `--backtest`) the backtest, prints them as tables or JSON, and with `--write-scenario`
 * writes the calibrated assumptions into a scenario (atomically, before printing anything).
 *
 * @returns the exit code, 0
 * @throws {UsageError} when an option is out of range or does not fit the input
 * @throws {CliError} when a file cannot be read or written
 * @throws {InputError} when the data or the scenario is wrong (file, line and column)
 * @example await calibrateCommand({ file: 'gdp.csv', region: 'Jilin', lang: 'en' }, io) // => 0
 */
export async function calibrateCommand(options: CalibrateCommandOptions, io: Io): Promise<number> {
  checkOptions(options)
  const input = await readHistoryInput(options.file, options.series, io)
  if (input.scenario && options.region !== undefined) throw new UsageError('--region picks a row of a CSV file; for a scenario, write history: {file: data.csv, region: NAME}')
  const core = await import('@zonecast/core')
  const gestation = input.scenario?.model.gestationYears
  const result = core.calibrate(input.table, {
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.series === undefined ? {} : { series: options.series }),
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    lag: options.lag ?? (typeof gestation === 'number' ? gestation : core.DEFAULT_ICOR_LAG),
    horizon: options.horizon ?? scenarioHorizon(input) ?? core.DEFAULT_FORECAST_HORIZON,
    backtest: options.backtest ?? false,
    ...(options.horizon === undefined ? {} : { backtestHorizon: options.horizon })
  })
  let written: string | undefined
  if (options.writeScenario !== undefined) written = await writeScenario(options.writeScenario, input, result, io, options.force ?? false)
  io.stdout(options.json ? formatJson(result) : renderCalibrate(result, { quiet: options.quiet }))
  if (written && !options.quiet) io.stderr(written)
  return 0
}

// refuses options out of range before any file is read
function checkOptions(o: CalibrateCommandOptions): void {
  const whole = (name: string, v: number | undefined, min: number, max: number) => {
    if (v !== undefined && !(Number.isInteger(v) && v >= min && v <= max)) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${v}`)
  }
  whole('horizon', o.horizon, 1, MAX_HORIZON)
  whole('lag', o.lag, 0, MAX_LAG)
  if (o.threshold !== undefined && !(o.threshold > 0)) throw new UsageError(`--threshold must be a positive number of robust sd, got ${o.threshold}`)
  if (o.force && o.writeScenario === undefined) throw new UsageError('--force is for --write-scenario (it lets zonecast replace that file); drop it or add --write-scenario FILE')
  if (o.writeScenario !== undefined && !/\.ya?ml$/i.test(o.writeScenario)) throw new UsageError(`--write-scenario writes YAML, keeping its comments; give a .yaml file, not "${o.writeScenario}"`)
}

// the years from the last observation to a scenario's end year
function scenarioHorizon(input: HistoryInput): number | undefined {
  if (!input.scenario) return undefined
  const last = Math.max(...input.table.regions.flatMap((r) => Object.values(r.series).map((s) => s.years[s.years.length - 1]!)))
  const h = input.scenario.years.end - last
  return Number.isFinite(h) && h >= 1 ? h : undefined
}

// fills the scenario FILE (or, when it does not exist yet, a copy of the input scenario) and writes it atomically
async function writeScenario(target: string, input: HistoryInput, result: Awaited<ReturnType<typeof import('@zonecast/core').calibrate>>, io: Io, force: boolean): Promise<string> {
  const core = await import('@zonecast/core')
  if (Object.keys(result.series).length === 0) throw new UsageError('--write-scenario needs one region\'s calibration; add --region NAME')
  let base: string
  try {
    base = (await io.readInput(target)).text
  } catch (err) {
    if (!(err instanceof CliError) || !err.message.includes('no such file')) throw err
    if (!input.scenario) throw new CliError(`cannot fill "${target}": it does not exist, and CSV data is no scenario to start from; give an existing scenario file`)
    base = input.input.text
  }
  const ref = input.scenario?.historyFile
  const source = ref ? `${input.table.file}, history from ${ref.file}${ref.region ? ` (${ref.region})` : ''}` : `${input.table.file}${result.source.region && input.table.form !== 'scenario' ? `, ${result.source.region}` : ''}`
  const values = core.calibratedValues(result, source)
  if (values.length === 0) throw new CliError('nothing to write: the history gives no gdp log-growth sd, ICOR range or revenue buoyancy')
  const text = core.setCalibrated(base, values)
  core.loadScenario(text, target)
  await writeFiles(dirname(target), [{ name: basename(target), text }], { cwd: io.cwd, onInterrupt: io.onInterrupt, ...(force ? { force: true } : {}) })
  return `wrote ${target}: ${values.map((v) => `${v.path.join('.')} = ${JSON.stringify(v.value)}`).join(', ')}\n`
}
