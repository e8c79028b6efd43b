/** The baseline forecast methods (MODEL.md §8). */
export const FORECAST_METHODS = ['trend', 'holt', 'drift'] as const

/** A baseline forecast method: `trend`, `holt` or `drift`. */
export type ForecastMethod = (typeof FORECAST_METHODS)[number]

/** Prediction interval levels when none are asked for: 80% and 95%, as forecast::forecast and statsmodels report. */
export const DEFAULT_LEVELS: readonly number[] = [0.8, 0.95]

/** A prediction interval at one level, per forecast year, in the series' unit. */
export interface PredictionInterval {
  /** coverage probability, e.g. 0.8 */
  level: number
  lower: number[]
  upper: number[]
}

/**
 * A baseline forecast. Every method works on `ln y`: the point forecast is `exp` of the forecast
 * log level (the median of a log-normal forecast, not its mean), and the interval ends are `exp`
 * of the log interval's ends, so intervals are skewed upwards and never negative.
 */
export interface Forecast {
  method: ForecastMethod
  /** the years forecast: origin + 1 … origin + h */
  years: number[]
  /** point forecasts (medians), in the series' unit */
  point: number[]
  intervals: PredictionInterval[]
  /** the fitted parameters, by name (e.g. `alpha`, `slope`), in log units */
  params: Record<string, number>
}

/** A forecast on the log scale, before `toLevels`. */
export interface LogForecast {
  /** forecast log levels, one per horizon 1…h */
  mean: number[]
  /** standard error of each, log units */
  se: number[]
  /** the multiplier of `se` for a central interval of probability `level` (a normal or t quantile) */
  quantile(level: number): number
}

/**
 * Turns a log-scale forecast into levels with intervals `exp(mean ± q·se)`. O(h·levels).
 *
 * @example toLevels("drift", 2016, { mean: [0], se: [0.1], quantile: () => 1 }, [0.8], {}).intervals[0]?.upper // => [1.1051709180756477]
 */
export function toLevels(method: ForecastMethod, origin: number, f: LogForecast, levels: readonly number[], params: Record<string, number>): Forecast {
  return {
    method,
    years: f.mean.map((_, i) => origin + i + 1),
    point: f.mean.map(Math.exp),
    intervals: levels.map((level) => {
      const q = f.quantile(level)
      return { level, lower: f.mean.map((m, i) => Math.exp(m - q * f.se[i]!)), upper: f.mean.map((m, i) => Math.exp(m + q * f.se[i]!)) }
    }),
    params
  }
}
