import type { BacktestResult, CalibrateResult, ForecastJson, SeriesCalibration } from '@zonecast/core'
import { formatNumber, missingValue } from '../format/format-number'
import { formatTable } from '../format/format-table'
import type { Align } from '../format/format-table'

/** Decimals of growth rates, shares and coverage: 12.3%. */
const PERCENT_DECIMALS = 1
/** Decimals of R², buoyancy and ICOR: 0.983. */
const RATIO_DECIMALS = 3
/** Decimals of levels: 21,583. */
const LEVEL_DECIMALS = 0

const pct = (x: number | null | undefined) => formatNumber(x, { style: 'percent', decimals: PERCENT_DECIMALS })
const ratio = (x: number | null | undefined) => formatNumber(x, { style: 'level', decimals: RATIO_DECIMALS })
const level = (x: number | null | undefined) => formatNumber(x, { style: 'level', decimals: LEVEL_DECIMALS })

/**
 * A calibration for people: where the data came from, a statistics table (one row per series,
 * or per region for a file of several read without `--region`), the data checks as
 * `warning history-outlier:` lines, the ICOR and revenue ratios, the forecasts (medians with
 * 80% and 95% intervals) and the backtest table. O(size of the result).
 *
 * @example renderCalibrate(result) // => "provinces.csv: 吉林省 (Jilin), wide form\n\nseries  years ..."
 */
export function renderCalibrate(r: CalibrateResult, options: { quiet?: boolean } = {}): string {
  const sections = [header(r)]
  const rows: [string, SeriesCalibration][] = r.regions ? r.regions.flatMap((g) => Object.entries(g.series).map(([name, s]) => [r.regions!.length > 1 ? `${g.region}` : name, s] as [string, SeriesCalibration])) : Object.entries(r.series)
  if (rows.length > 0) sections.push(statsTable(rows, r.regions ? 'region' : 'series'))
  const checks = r.regions ? r.regions.flatMap((g) => Object.entries(g.series).map(([name, s]) => [`${name} of ${g.region}`, s] as const)) : Object.entries(r.series)
  const findings = checks.flatMap(([what, s]) => s.outliers.map((o) => `warning history-outlier: ${what} ${o.year} = ${formatNumber(o.value, { style: 'level', decimals: 2, trim: true })}: ${o.reason}\n`))
  sections.push(findings.length > 0 ? findings.join('') : 'data checks: no value breaks its series\' pattern\n')
  const ratios = ratiosLines(r)
  if (ratios) sections.push(ratios)
  for (const [name, methods] of Object.entries(r.forecasts)) if (Object.keys(methods).length > 0) sections.push(forecastTable(name, methods))
  if (r.backtest) sections.push(backtestTable(r.backtest))
  if (r.regions && r.regions.length > 1 && !r.backtest) sections.push('give --region NAME for one region\'s forecasts, or --backtest to test the forecasts on every region\n')
  if (!options.quiet && r.notes.length > 0) sections.push(r.notes.map((n) => `note: ${n}\n`).join(''))
  return sections.join('\n')
}

// "file: region, form"
function header(r: CalibrateResult): string {
  const where = r.source.region ?? (r.source.regions > 1 ? `${r.source.regions} regions` : '')
  return `${r.source.file}${where ? `: ${where}` : ''}, ${r.source.form === 'scenario' ? 'the scenario\'s history' : `${r.source.form} form`}; statistics on the series after the data checks\n`
}

function statsTable(rows: [string, SeriesCalibration][], first: string): string {
  const align: Align[] = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']
  return formatTable({
    header: [first, 'years', 'n', 'CAGR', 'mean log growth', 'sd', 'trend growth', 'R²', 'outliers'],
    rows: rows.map(([name, s]) => [name, `${s.from}–${s.to}`, String(s.n), pct(s.cagr), pct(s.log_growth_mean), pct(s.log_growth_sd), pct(s.trend_growth), ratio(s.r2), String(s.outliers.length)]),
    align
  })
}

function ratiosLines(r: CalibrateResult): string {
  const lines: string[] = []
  if (r.icor) lines.push(`apparent ICOR (investment lagged ${r.icor.lag} year${r.icor.lag === 1 ? '' : 's'} / added gdp), ${r.icor.from}–${r.icor.to}: ${ratio(r.icor.value)}; yearly interquartile range ${ratio(r.icor.p25)}–${ratio(r.icor.p75)}\n`)
  if (r.revenue) lines.push(`fiscal revenue / gdp, ${r.revenue.from}–${r.revenue.to}: ${pct(r.revenue.tax_ratio)} (${r.revenue.to}: ${pct(r.revenue.tax_ratio_last)}); buoyancy (Δln revenue on Δln gdp): ${ratio(r.revenue.buoyancy)}${r.revenue.buoyancy_r2 === null ? '' : `, R² ${ratio(r.revenue.buoyancy_r2)}`}\n`)
  return lines.join('')
}

// year rows, a column per method: "median [80% low–high] [95% low–high]"
function forecastTable(name: string, methods: Partial<Record<string, ForecastJson>>): string {
  const entries = Object.entries(methods) as [string, ForecastJson][]
  const years = entries[0]![1].years
  const cell = (f: ForecastJson, i: number, key: string) => (f[key] as number[] | undefined)?.[i]
  const rows = years.map((year, i) => [String(year), ...entries.flatMap(([, f]) => [level(f.point[i]), `${level(cell(f, i, 'lower_80'))}–${level(cell(f, i, 'upper_80'))}`, `${level(cell(f, i, 'lower_95'))}–${level(cell(f, i, 'upper_95'))}`])])
  const header = ['year', ...entries.flatMap(([m]) => [m, '80%', '95%'])]
  return `forecasts of ${name} (medians and prediction intervals)\n` + formatTable({ header, rows, align: header.map((_, j) => (j === 0 ? 'left' : 'right')) })
}

function backtestTable(b: BacktestResult & { series_name: string }): string {
  const levels = b.levels.map((l) => `coverage_${Math.round(l * 1000) / 10}`)
  const rows = Object.entries(b.methods).flatMap(([method, cells]) => (cells ?? []).map((c) => [method, String(c.horizon), String(c.forecasts), pct(c.mape), ...levels.map((k) => (c.coverage[k] === undefined ? missingValue : pct(c.coverage[k])))]))
  const header = ['method', 'years ahead', 'forecasts', 'MAPE', ...b.levels.map((l) => `in ${Math.round(l * 1000) / 10}% interval`)]
  const intro = `backtest of ${b.series_name}: rolling origins after ${b.min_train} or more years, ${b.series} series${b.skipped.length > 0 ? ` (${b.skipped.length} too short)` : ''}; an honest interval holds its share of the actual values\n`
  return intro + formatTable({ header, rows, align: header.map((_, j) => (j < 1 ? 'left' : 'right')) })
}
