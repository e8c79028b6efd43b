import { InputError } from '../errors'
import type { HistoryRegion, HistoryTable, LocatedSeries } from '../history/history-table'
import { regionTitle, selectRegion } from '../history/select-region'
import { valueAt } from '../history/observed-series'
import { suggest } from '../util/did-you-mean'
import type { ApparentIcor } from './apparent-icor'
import { apparentIcor } from './apparent-icor'
import { backtest } from './backtest'
import type { BacktestResult } from './backtest'
import { cleanSeries } from './clean-series'
import { commonGrowth } from './common-growth'
import type { Forecast, ForecastMethod } from './forecast'
import { DEFAULT_LEVELS, FORECAST_METHODS } from './forecast'
import { forecastWith, minObservations } from './forecast-with'
import { findOutliers } from './find-outliers'
import type { HistoryOutlier } from './find-outliers'
import { growthStats } from './growth-stats'
import type { GrowthStats } from './growth-stats'
import type { RevenueRatios } from './revenue-ratios'
import { revenueRatios } from './revenue-ratios'

/** Fewest observations of a series calibrate works with: a trend and its residual need three. */
export const MIN_OBSERVATIONS = 3
/** Forecast years when none are asked for: a five-year plan's span. */
export const DEFAULT_FORECAST_HORIZON = 5
/** Gestation lag of the apparent ICOR when none is given (MODEL.md `gestation_years` default). */
export const DEFAULT_ICOR_LAG = 1

/** Options of `calibrate`. */
export interface CalibrateOptions {
  /** the region to calibrate (name, English name or code); every region's data checks without it */
  region?: string
  /** only this series (and the series its ratios need) */
  series?: string
  /** ICOR gestation lag ℓ, years; default 1 */
  lag?: number
  /** outlier threshold in robust sd; default 5 */
  threshold?: number
  /** forecast years; default 5 */
  horizon?: number
  /** interval probabilities; default 0.8 and 0.95 */
  levels?: readonly number[]
  methods?: readonly ForecastMethod[]
  /** run the rolling-origin backtest over the calibrated region, or every region without one */
  backtest?: boolean
  /** the backtest's horizon and training years */
  backtestHorizon?: number
  minTrain?: number
}

/** One series' statistics (INTERFACE.md `calibrate`), on the cleaned series, with its data checks. */
export interface SeriesCalibration extends GrowthStats {
  outliers: HistoryOutlier[]
  /** the observed span before cleaning */
  observed: { from: number; to: number; n: number }
  /** the statistics on the values as observed, when the data checks changed what the statistics use */
  as_observed?: GrowthStats
}

/** A forecast as `calibrate --json` prints it: `lower_80`, `upper_80`… beside the point forecasts. */
export type ForecastJson = { years: number[]; point: number[]; params: Record<string, number> } & Record<string, number[] | Record<string, number>>

/** What `zonecast calibrate` computes (INTERFACE.md "JSON results": `calibrate`). */
export interface CalibrateResult {
  source: { file: string; form: HistoryTable['form']; region: string | null; regions: number }
  series: Record<string, SeriesCalibration>
  /** apparent ICOR of gdp against investment, when both are observed */
  icor: ApparentIcor | null
  /** tax ratio and buoyancy of fiscal_revenue against gdp, when both are observed */
  revenue: RevenueRatios | null
  forecasts: Record<string, Partial<Record<ForecastMethod, ForecastJson>>>
  backtest: (BacktestResult & { series_name: string }) | null
  /** every region's statistics and data checks, when a file of several regions is read without choosing one */
  regions?: { region: string; series: Record<string, SeriesCalibration> }[]
  /** what the reader must know: series skipped, methods left out */
  notes: string[]
}

/**
 * Calibrates a history (MODEL.md §8): for the chosen region (or the only one), each series'
 * data checks (`findOutliers`, with the panel's common growth removed when the file has five or
 * more regions), its growth statistics on the cleaned series, the apparent ICOR and revenue
 * ratios when those series are present, and baseline forecasts with prediction intervals;
 * optionally a rolling-origin backtest. Without a region in a file of several, every region's
 * statistics and data checks, and a backtest over all of them. O(regions · n²).
 *
 * @param table the history, as parsed from a CSV file or a scenario
 * @throws InputError when the region or the `series` asked is not in the file, or a series has fewer than three years
 * @example calibrate(parseHistoryCsv(text, "gdp.csv"), { region: "Jilin" }).series.gdp?.cagr // => 0.1446…
 */
export function calibrate(table: HistoryTable, options: CalibrateOptions = {}): CalibrateResult {
  const methods = options.methods ?? FORECAST_METHODS
  const levels = options.levels ?? DEFAULT_LEVELS
  const notes: string[] = []
  const one = options.region !== undefined ? selectRegion(table, options.region) : table.regions.length === 1 ? table.regions[0] : undefined
  if (table.regions.length === 0) throw new InputError([{ file: table.file, path: [], message: 'the file has no observations', hint: 'add rows of data below the header' }])
  const names = [...new Set(table.regions.flatMap((r) => Object.keys(r.series)))]
  // an unknown --series was ignored: calibrate printed the other series and exited 0
  if (options.series !== undefined && !names.includes(options.series)) throw new InputError([{ file: table.file, path: [], message: `--series ${options.series}: the data has no series "${options.series}"`, hint: suggest(options.series, names) }])
  const checkRegion = (r: HistoryRegion, strict: boolean) => checkSeries(table, r, options, strict, notes)
  const result: CalibrateResult = { source: { file: table.file, form: table.form, region: one ? regionTitle(one) : null, regions: table.regions.length }, series: {}, icor: null, revenue: null, forecasts: {}, backtest: null, notes }
  let cleanedMain: { name: string; series: LocatedSeries[] } | undefined
  if (one) {
    const checked = checkRegion(one, true)
    result.series = checked.stats
    const gdp = checked.cleaned.gdp
    const investment = checked.cleaned.investment
    const revenue = checked.cleaned.fiscal_revenue
    if (gdp && investment) result.icor = apparentIcor(gdp, investment, options.lag ?? DEFAULT_ICOR_LAG) ?? null
    if (gdp && revenue) result.revenue = revenueRatios(gdp, revenue) ?? null
    for (const [name, s] of Object.entries(checked.cleaned)) result.forecasts[name] = forecastAll(s, methods, options.horizon ?? DEFAULT_FORECAST_HORIZON, levels, notes)
    const main = mainSeries(Object.keys(checked.cleaned), options.series)
    if (main !== undefined) cleanedMain = { name: main, series: [checked.cleaned[main]!] }
  } else {
    const checked = table.regions.map((r) => ({ region: r, ...checkRegion(r, false) }))
    result.regions = checked.map((c) => ({ region: regionTitle(c.region), series: c.stats }))
    const main = mainSeries([...new Set(table.regions.flatMap((r) => Object.keys(r.series)))], options.series)
    if (main !== undefined) cleanedMain = { name: main, series: checked.flatMap((c) => (c.cleaned[main] ? [{ ...c.cleaned[main], name: regionTitle(c.region) }] : [])) }
  }
  if (options.backtest && cleanedMain) {
    const run = backtest(cleanedMain.series, { methods, levels, ...(options.backtestHorizon ? { horizon: options.backtestHorizon } : {}), ...(options.minTrain ? { minTrain: options.minTrain } : {}) })
    result.backtest = { series_name: cleanedMain.name, ...run }
    if (run.skipped.length > 0) notes.push(`backtest: ${run.skipped.length} series too short for ${run.min_train} training years and a forecast (${run.skipped.join(', ')})`)
  }
  return result
}

// data checks, cleaning and statistics of every series of one region
function checkSeries(table: HistoryTable, r: HistoryRegion, options: CalibrateOptions, strict: boolean, notes: string[]) {
  const stats: Record<string, SeriesCalibration> = {}
  const cleaned: Record<string, LocatedSeries> = {}
  for (const [name, s] of Object.entries(r.series)) {
    if (options.series !== undefined && name !== options.series && !RATIO_SERIES.has(name)) continue
    if (s.values.length < MIN_OBSERVATIONS) {
      const where = regionLabel(table, r)
      if (strict) throw new InputError([{ file: table.file, ...(s.line === undefined ? {} : { line: s.line, col: s.col ?? 1 }), path: table.form === 'scenario' ? ['history', name] : [], message: `${name}${where} has ${s.values.length} year${s.values.length === 1 ? '' : 's'} (${s.years.join(', ')}); calibrate needs at least ${MIN_OBSERVATIONS}`, hint: 'add earlier years' }])
      notes.push(`${name}${where}: ${s.values.length} years, too few to calibrate; skipped`)
      continue
    }
    const peers = table.regions.filter((p) => p !== r && p.series[name]).map((p) => ({ region: regionTitle(p), series: p.series[name]! }))
    const common = commonGrowth([s, ...peers.map((p) => p.series)])
    const found = findOutliers(s, {
      ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
      ...(common.size > 0 ? { commonGrowth: common, peerCount: peers.length + 1 } : {}),
      peers: (year) => peers.flatMap((p) => (valueAt(p.series, year) === undefined ? [] : [{ region: p.region, value: valueAt(p.series, year)! }]))
    })
    const clean = cleanSeries(s, found)
    const changed = found.some((o) => o.treatment !== 'kept')
    cleaned[name] = clean
    stats[name] = { ...growthStats(clean.years, clean.values), outliers: found, observed: { from: s.years[0]!, to: s.years[s.years.length - 1]!, n: s.values.length }, ...(changed ? { as_observed: growthStats(s.years, s.values) } : {}) }
  }
  return { stats, cleaned }
}

/** Series the ICOR and revenue ratios need beside the one asked for. */
const RATIO_SERIES = new Set(['gdp', 'investment', 'fiscal_revenue'])

// the series a backtest runs on: the one asked for, else gdp, else the first
function mainSeries(names: string[], asked: string | undefined): string | undefined {
  if (asked !== undefined) return names.includes(asked) ? asked : undefined
  return names.includes('gdp') ? 'gdp' : names[0]
}

// " of 吉林省" for a file of several regions, nothing otherwise
function regionLabel(table: HistoryTable, r: HistoryRegion): string {
  return table.regions.length > 1 || table.form === 'wide' ? ` of ${regionTitle(r)}` : ''
}

// every method's forecast of one series, skipping those the series is too short for
function forecastAll(s: LocatedSeries, methods: readonly ForecastMethod[], horizon: number, levels: readonly number[], notes: string[]): Partial<Record<ForecastMethod, ForecastJson>> {
  const out: Partial<Record<ForecastMethod, ForecastJson>> = {}
  for (const m of methods) {
    if (s.values.length < minObservations(m)) {
      notes.push(`${m} forecast of ${s.name} left out: it needs ${minObservations(m)} years, the series has ${s.values.length}`)
      continue
    }
    out[m] = forecastJson(forecastWith(m, s.years, s.values, horizon, levels))
  }
  return out
}

/**
 * A forecast with its intervals as flat keys: `lower_80`, `upper_80`, `lower_95`, `upper_95`.
 *
 * @example Object.keys(forecastJson(f)) // => ["years", "point", "lower_80", "upper_80", "lower_95", "upper_95", "params"]
 */
export function forecastJson(f: Forecast): ForecastJson {
  const out: Record<string, unknown> = { years: f.years, point: f.point }
  for (const pi of f.intervals) {
    const pct = String(Math.round(pi.level * 1000) / 10)
    out[`lower_${pct}`] = pi.lower
    out[`upper_${pct}`] = pi.upper
  }
  out.params = f.params
  return out as ForecastJson
}
