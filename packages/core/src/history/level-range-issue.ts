import { MAX_MAGNITUDE, MIN_MAGNITUDE } from '../scenario/schema/leaf'

/**
 * What is wrong with a history level, or undefined when it is usable: growth statistics need a
 * positive level (MODEL.md §8), and one within the scenario's number range (`MIN_MAGNITUDE` to
 * `MAX_MAGNITUDE`), since a level of 1e-300 beside one of 1e300 made the CAGR Infinity and the
 * log-growth mean NaN.
 *
 * @example levelRangeIssue(1057.5) // => undefined
 * @example levelRangeIssue(0) // => "0 is not above 0"
 * @example levelRangeIssue(1e300) // => "1e+300 is larger than 1000000000000000"
 */
export function levelRangeIssue(value: number): string | undefined {
  if (!(value > 0)) return `${value} is not above 0`
  if (value > MAX_MAGNITUDE) return `${value} is larger than ${MAX_MAGNITUDE}`
  if (value < MIN_MAGNITUDE) return `${value} is smaller than ${MIN_MAGNITUDE}`
  return undefined
}
