import { MAX_WIDTH, MIN_WIDTH } from '../style/typography'
import { ChartDataError } from './chart-data-error'

/**
 * A chart width in whole pixels within [MIN_WIDTH, MAX_WIDTH].
 *
 * @throws {ChartDataError} for a width that is not a whole number in range
 * @example checkWidth(720) // => 720
 */
export function checkWidth(width: number): number {
  if (!Number.isInteger(width) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new ChartDataError(`width ${width} is out of range: give a whole number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH}`)
  }
  return width
}
