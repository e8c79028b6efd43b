import { SamplingError } from './sampling-error'

/** The largest seed: seeds are unsigned 32-bit integers, the width of the generator's words. */
export const MAX_SEED = 0xffff_ffff

/**
 * Checks that a seed is an unsigned 32-bit integer, 0 … 4 294 967 295, and returns it. Seeds
 * are never rounded or wrapped: two different numbers must not silently give the same run.
 *
 * @throws SamplingError when the seed is not an integer in 0 … 2³² − 1
 * @example checkSeed(42) // => 42
 * @example checkSeed(2 ** 32) // throws 'seed 4294967296 is not an unsigned 32-bit integer'
 */
export function checkSeed(seed: number): number {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new SamplingError(`seed ${String(seed)} is not an unsigned 32-bit integer`, `use a whole number from 0 to ${MAX_SEED}`)
  }
  return seed
}
