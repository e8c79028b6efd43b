/**
 * Tax relief for new firms (MODEL.md M6).
 */
import type { ModelParams } from './model-params'

type Holiday = NonNullable<ModelParams['holiday']>

/**
 * Share of a cohort's output relieved k years after it starts producing: `h(k)` = 1 for
 * 0 ≤ k < f, the half rate for f ≤ k < f+m, 0 after.
 *
 * @example holidayWeight({ freeYears: 2, halfYears: 3, halfRate: 0.5, eligibleShare: 1 }, 2) // => 0.5
 */
export function holidayWeight(h: Holiday, k: number): number {
  if (k < 0) return 0
  if (k < h.freeYears) return 1
  if (k < h.freeYears + h.halfYears) return h.halfRate
  return 0
}

/**
 * Output under tax relief in year index `i`, eq. M6:
 * `H(t) = η · Σ_c (P_real(c)/v) · h(t − c − ℓ)` over cohorts c = t0+1 … t−ℓ.
 *
 * @param projectReal P_real by year index (index 0 = t0)
 * @example relievedOutput(h, [0, 40, 40], 2, 4, 1) // => 10 (the 2006 cohort, 40/4, in its first year)
 */
export function relievedOutput(h: Holiday, projectReal: ArrayLike<number>, i: number, icor: number, gestation: number): number {
  let sum = 0
  for (let c = 1; c <= i - gestation; c++) sum += (projectReal[c]! / icor) * holidayWeight(h, i - c - gestation)
  return h.eligibleShare * sum
}
