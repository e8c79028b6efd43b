import type { Forecast, ForecastMethod } from './forecast'
import { DEFAULT_LEVELS } from './forecast'
import { forecastDrift } from './forecast-drift'
import { forecastHolt } from './forecast-holt'
import { forecastTrend } from './forecast-trend'
import { HOLT_MIN_OBSERVATIONS } from './fit-holt'

/** Fewest levels trend and drift forecast from: one more than their two estimated quantities, so the residual sd has a degree of freedom. */
const MIN_LEVELS_SIMPLE = 3

/**
 * Fewest observed years a method forecasts from: 3 for `trend` and `drift`, 7 for `holt`.
 *
 * @example minObservations("holt") // => 7
 */
export function minObservations(method: ForecastMethod): number {
  return method === 'holt' ? HOLT_MIN_OBSERVATIONS : MIN_LEVELS_SIMPLE
}

/**
 * Forecasts a series with one method (`forecastTrend`, `forecastHolt` or `forecastDrift`).
 *
 * @param years consecutive years, ascending
 * @param levels positive levels
 * @param horizon years ahead
 * @param levels interval probabilities
 * @throws Error when the series is shorter than the method needs (`minObservations`)
 * @example forecastWith("drift", [2000, 2001, 2002], [100, 110, 121], 1).point // => [133.1] (to rounding)
 */
export function forecastWith(method: ForecastMethod, years: readonly number[], values: readonly number[], horizon: number, levels: readonly number[] = DEFAULT_LEVELS): Forecast {
  switch (method) {
    case 'trend':
      return forecastTrend(years, values, horizon, levels)
    case 'holt':
      return forecastHolt(years, values, horizon, levels)
    case 'drift':
      return forecastDrift(years, values, horizon, levels)
  }
}
