/**
 * Chart data that cannot be drawn: a width out of range, a chart with nothing in it. The CLI
 * checks its input before drawing, so from there this is a bug; other callers get a message
 * that names the bad value.
 *
 * @example throw new ChartDataError('width 100 is too narrow: at least 400')
 */
export class ChartDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ChartDataError'
  }
}
