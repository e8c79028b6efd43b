/**
 * Requirements (MODEL.md §3): what the plan's GDP path needs — investment, land, servicing and
 * borrowing — with the model's parameters. The inverse of the model path.
 */
import type { ModelParams } from '../model/model-params'
import { debt, interest, landSales } from '../model/finance'
import type { Values } from '../plan/scenario-paths'

export interface Requirements {
  /** cohort years t0+1−ℓ … T−ℓ of R1 */
  years: number[]
  /** R1: real project investment each cohort year must bring, base-year money */
  project_investment_real: number[]
  /** R1 summed over cohorts after t0 (the base year's investment is already in place) */
  project_investment_real_total: number
  /** with a gestation lag, the base year's cohort: what the first plan year's growth needed, and what was invested */
  base_cohort: { year: number; required: number; made: number } | null
  /** R2: land the new investment occupies, km² (null without a land block) */
  land_needed_km2: number | null
  /** R2: A_max − U(t0) */
  land_available_km2: number | null
  /** R2: first year whose cumulative need exceeds the land available (null if it never does) */
  land_runs_out_year: number | null
  /** R3: servicing needed beyond the land serviced at t0, base-year money */
  servicing_needed_real: number | null
  /** R3: infrastructure spending the scenario plans for t0+1…T, in base-year money */
  infrastructure_planned_real: number
  /** R4: Σ I_real over t0+1−ℓ … T−ℓ / (X(T) − X(t0)), null without a plan investment path */
  implied_icor: number | null
  /** R5: debt each year if the required servicing is spent just in time and financed as in M10 */
  debt_required: (number | null)[]
  /** R5: the largest debt ratio on that path, and its year */
  debt_ratio_required_peak: { year: number; value: number } | null
}

/**
 * Computes R1–R5 from the plan's GDP path `planGdp` (real), the plan's investment path (nominal,
 * optional), the revenue path (nominal; the model's when the plan gives none) and the model's
 * project investment (for the base year's cohort).
 */
export function requirements(m: ModelParams, planGdp: Values, planInvestment: Values | undefined, revenue: Values, projectInvestment: Values = []): Requirements | null {
  const n = m.years.length
  const t0 = m.years[0]!
  const T = m.years[n - 1]!
  if (planGdp.some((x) => x === null)) return null
  const X = planGdp as number[]
  const ell = m.gestation

  // R1: P_req(t−ℓ) = v·(X(t) − (1+e)·X(t−1) − expansion(t))
  const years: number[] = []
  const req: number[] = []
  for (let i = 1; i < n; i++) {
    years.push(t0 + i - ell)
    req.push(m.icor * (X[i]! - (1 + m.incumbentGrowth) * X[i - 1]! - m.expansionReal[i]!))
  }
  const after = req.filter((_, k) => years[k]! > t0)
  const total = after.reduce((a, b) => a + Math.max(0, b), 0)

  // R2, R3
  let landNeeded: number | null = null
  let available: number | null = null
  let runsOut: number | null = null
  let servicing: number | null = null
  const uReq: number[] = [m.land?.usedKm2 ?? 0]
  if (m.land && m.intensityPerKm2 > 0) {
    available = m.land.plannedKm2 - m.land.usedKm2
    let cum = 0
    for (let i = 1; i < n; i++) {
      const k = years.indexOf(t0 + i)
      cum += k >= 0 ? Math.max(0, req[k]!) / m.intensityPerKm2 : 0
      uReq.push(m.land.usedKm2 + cum)
      if (runsOut === null && cum > available) runsOut = t0 + i
    }
    // cohorts in years after T (ℓ = 0 has none; the loop covers t0+1…T) are all counted above
    landNeeded = total / m.intensityPerKm2
    servicing = Math.max(0, m.land.usedKm2 + landNeeded - m.land.servicedKm2) * m.servicingCostPerKm2
  }
  let planned = 0
  for (let i = 1; i < n; i++) planned += m.infrastructure[i]! / m.p[i]!

  // R4: Σ_{t=t0+1−ℓ}^{T−ℓ} I_real(t) / (X(T) − X(t0)); years before t0 are the base year's investment
  let icor: number | null = null
  if (planInvestment && planInvestment.every((x) => x !== null) && X[n - 1]! !== X[0]!) {
    let sum = 0
    for (let t = t0 + 1 - ell; t <= T - ell; t++) {
      // years before t0 are observed (history, else the base year's level), at base-year prices
      sum += t >= t0 ? (planInvestment[t - t0] as number) / m.p[t - t0]! : (m.investmentBefore(t) ?? (planInvestment[0] as number))
    }
    icor = sum / (X[n - 1]! - X[0]!)
  }

  // R5: service just in time for the land R2 needs, finance as M10
  const debtReq: (number | null)[] = [m.base.debt]
  let peak: { year: number; value: number } | null = null
  if (m.land && servicing !== null) {
    let aPrev = m.land.servicedKm2
    for (let i = 1; i < n; i++) {
      const aReq = Math.max(aPrev, uReq[i]!)
      const S = (aReq - aPrev) * m.servicingCostPerKm2 * m.p[i]!
      aPrev = aReq
      const prev = debtReq[i - 1] as number
      const R = revenue[i] ?? NaN
      const sales = landSales(m.landPricePerKm2, m.p[i]!, uReq[i]! - uReq[i - 1]!)
      const d = debt(prev, S, interest(m.interestRate, m.interestSubsidy, prev), 1, m.budgetShare === 0 ? 0 : m.budgetShare * R, sales, m.grants[i]!)
      debtReq.push(Number.isFinite(d) ? d : null)
      if (Number.isFinite(d) && R > 0 && (peak === null || d / R > peak.value)) peak = { year: t0 + i, value: d / R }
    }
  }
  const k0 = years.indexOf(t0)
  const made = projectInvestment[0]
  const baseCohort = k0 >= 0 && made !== null && made !== undefined ? { year: t0, required: req[k0]!, made } : null
  return {
    years,
    project_investment_real: req,
    project_investment_real_total: total,
    base_cohort: baseCohort,
    land_needed_km2: landNeeded,
    land_available_km2: available,
    land_runs_out_year: runsOut,
    servicing_needed_real: servicing,
    infrastructure_planned_real: planned,
    implied_icor: icor,
    debt_required: m.land ? debtReq : [],
    debt_ratio_required_peak: peak
  }
}
