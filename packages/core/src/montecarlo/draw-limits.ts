/**
 * Limits and defaults of a Monte Carlo run.
 */
import { InputError } from '../errors'
import { groupDigits } from '../util/format'
import { MAX_SEED } from '../random/check-seed'

/** The seed a run uses unless told otherwise: fixed, so that a run is reproducible by default. */
export const DEFAULT_SEED = 20_260_101
/** More draws than this is a typing slip: the standard error at 1e7 draws is already below 0.0002. */
export const MAX_DRAWS = 10_000_000

/**
 * Checks a draw count and seed from the command line.
 *
 * @throws InputError naming the option, what is wrong and the allowed range
 * @example checkDrawOptions(2000, 1) // => undefined (valid)
 */
export function checkDrawOptions(draws: number, seed: number): void {
  const issues = []
  if (!Number.isInteger(draws) || draws < 1) issues.push({ path: ['--draws'], message: `${draws} is not a positive whole number of draws`, hint: 'e.g. --draws 2000' })
  else if (draws > MAX_DRAWS) issues.push({ path: ['--draws'], message: `${draws} draws is more than ${groupDigits(MAX_DRAWS, 0)}`, hint: 'the standard error at that size is already negligible' })
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) issues.push({ path: ['--seed'], message: `${seed} is not a seed`, hint: `a seed is a whole number from 0 to ${MAX_SEED}` })
  if (issues.length > 0) throw new InputError(issues)
}
