import { describe, expect, it } from 'vitest'
import { holidayWeight, relievedOutput } from './tax-relief'

// "two years free, three at half rate"
const twoThree = { freeYears: 2, halfYears: 3, halfRate: 0.5, eligibleShare: 1 }

describe('holiday weight h(k) (M6)', () => {
  it('M6: h(k) = 1 for 0 ≤ k < f, half_rate for f ≤ k < f+m, 0 after', () => {
    expect([-1, 0, 1, 2, 3, 4, 5, 6].map((k) => holidayWeight(twoThree, k))).toEqual([0, 1, 1, 0.5, 0.5, 0.5, 0, 0])
  })

  it('M6: no free years starts at the half rate', () => {
    const h = { freeYears: 0, halfYears: 2, halfRate: 0.25, eligibleShare: 1 }
    expect([0, 1, 2].map((k) => holidayWeight(h, k))).toEqual([0.25, 0.25, 0])
  })
})

describe('relieved output H(t) (M6)', () => {
  it('M6: one cohort through its holiday, ℓ = 1', () => {
    // cohort index 1 invests 40 real; v = 4: 10 of output from index 2 (k = 0)
    const P = [0, 40, 0, 0, 0, 0, 0, 0]
    const H = [1, 2, 3, 4, 5, 6, 7].map((i) => relievedOutput(twoThree, P, i, 4, 1))
    // k = i − 1 − 1: i = 1 has no cohort yet; k = 0, 1 free (10); k = 2, 3, 4 half (5); k = 5 nothing
    expect(H).toEqual([0, 10, 10, 5, 5, 5, 0])
  })

  it('M6: cohorts overlap and the base year (index 0) is not a cohort', () => {
    // cohorts 1 (40 → 10 output) and 2 (20 → 5 output), ℓ = 1, base-year investment 100 ignored
    const P = [100, 40, 20, 0, 0]
    // i = 3: cohort 1 at k = 1 (free, 10), cohort 2 at k = 0 (free, 5): 15
    expect(relievedOutput(twoThree, P, 3, 4, 1)).toBeCloseTo(15, 12)
    // i = 4: cohort 1 at k = 2 (half, 5), cohort 2 at k = 1 (free, 5): 10
    expect(relievedOutput(twoThree, P, 4, 4, 1)).toBeCloseTo(10, 12)
  })

  it('M6: ℓ = 0 relieves a cohort in its own year; η scales the sum', () => {
    const h = { ...twoThree, eligibleShare: 0.6 }
    // cohort 1: 40/4 = 10 at k = 0 in i = 1; 0.6·10 = 6
    expect(relievedOutput(h, [0, 40], 1, 4, 0)).toBeCloseTo(6, 12)
  })

  it('M6: ℓ = 2 waits two years', () => {
    // cohort 1 produces from index 3
    expect(relievedOutput(twoThree, [0, 40, 0, 0], 2, 4, 2)).toBe(0)
    expect(relievedOutput(twoThree, [0, 40, 0, 0], 3, 4, 2)).toBeCloseTo(10, 12)
  })
})
