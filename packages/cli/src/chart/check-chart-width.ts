import { CliError } from '../cli/cli-error'

/** Chart widths the command accepts, in pixels (those of @zonecast/plot: below, labels stop fitting). */
export const MIN_CHART_WIDTH = 400
export const MAX_CHART_WIDTH = 4000

/**
 * Checks `--width`.
 *
 * @returns the width, or undefined for the default
 * @throws {CliError} exit 2 when it is not a whole number of pixels in range
 * @example checkChartWidth(900) // => 900
 */
export function checkChartWidth(width: number | undefined): number | undefined {
  if (width === undefined) return undefined
  if (!Number.isInteger(width) || width < MIN_CHART_WIDTH || width > MAX_CHART_WIDTH) {
    throw new CliError(`--width ${width}: give a whole number of pixels from ${MIN_CHART_WIDTH} to ${MAX_CHART_WIDTH} (default 720, A4 text width)`)
  }
  return width
}
