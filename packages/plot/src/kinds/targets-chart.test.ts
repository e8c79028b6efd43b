import { describe, expect, it } from 'vitest'
import { marginOf } from './targets-chart'

describe('marginOf', () => {
  it('is the distance past the bound as a share of the bound', () => {
    // (0.119 − 0.21) / 0.21 = −0.4333…
    expect(marginOf(0.119, { min: 0.21 })).toBeCloseTo(-0.43333, 5)
    // (1.0 − 0.8) / 1.0 = 0.2 under a maximum of 1
    expect(marginOf(0.8, { max: 1 })).toBeCloseTo(0.2, 12)
    // both bounds: the nearer, (0.5 − 0.45) / 0.5 = 0.1 against (1 − 0.45) / 1
    expect(marginOf(0.45, { min: 0.5, max: 1 })).toBeCloseTo(-0.1, 12)
  })

  it('has no margin without a value or a bound, and takes a zero bound as a scale of 1', () => {
    expect(marginOf(null, { min: 1 })).toBeNull()
    expect(marginOf(3, {})).toBeNull()
    expect(marginOf(0.25, { min: 0 })).toBe(0.25)
  })
})
