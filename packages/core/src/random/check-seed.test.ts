import { describe, expect, it } from 'vitest'
import { checkSeed, MAX_SEED } from './check-seed'
import { SamplingError } from './sampling-error'

describe('checkSeed', () => {
  it('accepts the unsigned 32-bit integers and returns them unchanged', () => {
    expect(checkSeed(0)).toBe(0)
    expect(checkSeed(42)).toBe(42)
    // 2³² − 1 = 4 294 967 295
    expect(checkSeed(MAX_SEED)).toBe(4_294_967_295)
  })

  it('refuses negative, fractional, too large and non-finite seeds, with a hint', () => {
    for (const bad of [-1, 0.5, 2 ** 32, Number.NaN, Infinity]) expect(() => checkSeed(bad)).toThrow(SamplingError)
    try {
      checkSeed(-3)
      expect.unreachable()
    } catch (e) {
      expect((e as SamplingError).message).toBe('seed -3 is not an unsigned 32-bit integer')
      expect((e as SamplingError).hint).toBe('use a whole number from 0 to 4294967295')
    }
  })
})
