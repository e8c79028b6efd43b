import type { ObservedSeries } from '../history/observed-series'
import type { Forecast, ForecastMethod } from './forecast'
import { DEFAULT_LEVELS } from './forecast'
import { forecastWith, minObservations } from './forecast-with'

/** Years forecast ahead from each origin when none is asked for: a five-year plan's span. */
export const DEFAULT_BACKTEST_HORIZON = 5
/** Fewest training years before the first origin: one more than holt needs, so every method fits from the first origin on. */
export const DEFAULT_MIN_TRAIN = 8

/** Options of `backtest`. */
export interface BacktestOptions {
  methods: readonly ForecastMethod[]
  /** years ahead, default 5 */
  horizon?: number
  /** training years before the first origin, default 8 */
  minTrain?: number
  /** interval probabilities, default 80% and 95% */
  levels?: readonly number[]
}

/** How one method did at one horizon, over every origin and series. */
export interface BacktestCell {
  /** years ahead */
  horizon: number
  /** forecasts scored */
  forecasts: number
  /** mean absolute percentage error, a fraction (0.05 = 5%) */
  mape: number
  /** share of actual values inside each prediction interval, keyed `coverage_80`, `coverage_95` */
  coverage: Record<string, number>
}

/** A rolling-origin evaluation (MODEL.md §8). */
export interface BacktestResult {
  /** series (regions) evaluated, and those too short to evaluate */
  series: number
  skipped: string[]
  min_train: number
  horizon: number
  levels: number[]
  methods: Partial<Record<ForecastMethod, BacktestCell[]>>
}

/**
 * Rolling-origin backtest: for each series and each origin from `minTrain` years on, fits each
 * method on the years up to the origin only, forecasts up to `horizon` years ahead, and scores
 * every forecast whose year is observed: absolute percentage error of the point forecast, and
 * whether the actual value falls inside each prediction interval. Pooled by method and horizon
 * over origins and series, so the coverage says whether the intervals are honest: an 80%
 * interval should hold about 80% of the actual values. O(series · n · fit).
 *
 * @param series the (cleaned) series, each of consecutive years
 * @example backtest([gdp], { methods: ["drift"] }).methods.drift?.[0]?.mape // => the one-year-ahead MAPE
 */
export function backtest(series: readonly ObservedSeries[], options: BacktestOptions): BacktestResult {
  const horizon = options.horizon ?? DEFAULT_BACKTEST_HORIZON
  const minTrain = Math.max(options.minTrain ?? DEFAULT_MIN_TRAIN, ...options.methods.map(minObservations))
  const levels = [...(options.levels ?? DEFAULT_LEVELS)]
  const sums = new Map<ForecastMethod, { ape: number; inside: number[]; count: number }[]>()
  for (const m of options.methods) sums.set(m, Array.from({ length: horizon }, () => ({ ape: 0, inside: levels.map(() => 0), count: 0 })))
  const skipped: string[] = []
  let evaluated = 0
  for (const s of series) {
    const n = s.values.length
    if (n <= minTrain) {
      skipped.push(s.name)
      continue
    }
    evaluated++
    for (let origin = minTrain; origin < n; origin++) {
      const years = s.years.slice(0, origin)
      const values = s.values.slice(0, origin)
      const steps = Math.min(horizon, n - origin)
      for (const method of options.methods) {
        const f: Forecast = forecastWith(method, years, values, steps, levels)
        const cells = sums.get(method)!
        for (let h = 0; h < steps; h++) {
          const actual = s.values[origin + h]!
          const cell = cells[h]!
          cell.ape += Math.abs(actual - f.point[h]!) / Math.abs(actual)
          f.intervals.forEach((pi, j) => {
            if (actual >= pi.lower[h]! && actual <= pi.upper[h]!) cell.inside[j]!++
          })
          cell.count++
        }
      }
    }
  }
  const methods: BacktestResult['methods'] = {}
  for (const [method, cells] of sums) {
    methods[method] = cells
      .map((c, h) => ({ horizon: h + 1, forecasts: c.count, mape: c.ape / c.count, coverage: Object.fromEntries(levels.map((l, j) => [coverageKey(l), c.inside[j]! / c.count])) }))
      .filter((c) => c.forecasts > 0)
  }
  return { series: evaluated, skipped, min_train: minTrain, horizon, levels, methods }
}

/**
 * The key of an interval level in results: `coverage_80` for 0.8.
 *
 * @example coverageKey(0.95) // => "coverage_95"
 */
export function coverageKey(level: number): string {
  return `coverage_${levelPercent(level)}`
}

/**
 * A level as a percentage without trailing zeros, for keys: 0.8 → "80", 0.975 → "97.5".
 *
 * @example levelPercent(0.8) // => "80"
 */
export function levelPercent(level: number): string {
  return String(Math.round(level * 1000) / 10)
}
