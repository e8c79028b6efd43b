/**
 * The model path (MODEL.md §2): year by year, what the zone's mechanism produces from its
 * parameters — land serviced and used, investment, output, tax relief, revenue and debt.
 */
import { debt, interest, landSales } from './finance'
import { fixedAssetInvestment, realisedInvestment } from './investment'
import { servicedLand, usedLand } from './land'
import type { ModelParams } from './model-params'
import { industrialValueAdded, industryDriftFactor, realOutput } from './output'
import { fiscalRevenue } from './revenue'
import { relievedOutput } from './tax-relief'

/** Series of the model path, by MODEL.md's names; NaN where a value is undefined (no base value). */
export interface ModelSeries {
  /** Y, real */
  gdp: Float64Array
  /** V, real */
  industrial_va: Float64Array
  /** R, nominal */
  fiscal_revenue: Float64Array
  /** I = P + S, nominal */
  investment: Float64Array
  /** S, nominal */
  infrastructure: Float64Array
  /** P, nominal */
  project_investment: Float64Array
  /** A, km² (NaN without a land block) */
  land_serviced: Float64Array
  /** U, km² (NaN without a land block) */
  land_used: Float64Array
  /** nominal */
  debt: Float64Array
  /** nominal, NaN in the base year */
  interest: Float64Array
  /** H, real */
  relieved_output: Float64Array
  /** Ls, nominal, NaN in the base year */
  land_sales: Float64Array
}

export const modelSeriesNames = ['gdp', 'industrial_va', 'fiscal_revenue', 'investment', 'infrastructure', 'project_investment', 'land_serviced', 'land_used', 'debt', 'interest', 'relieved_output', 'land_sales'] as const

/**
 * Buffers for a model path of `n` years, every value NaN (undefined) until written.
 *
 * @example modelSeriesBuffers(6).gdp.length // => 6
 */
export function modelSeriesBuffers(n: number): ModelSeries {
  const f = () => new Float64Array(n).fill(NaN)
  return Object.fromEntries(modelSeriesNames.map((name) => [name, f()])) as unknown as ModelSeries
}

/**
 * Scratch that `modelPath` reuses across calls: real project investment by year index, and
 * M5's drift factors for the drift they were last computed for (a Monte Carlo run rarely draws
 * the drift, so it need not recompute them every draw).
 */
export interface ModelWorkspace {
  projectReal: Float64Array
  drift: number
  driftFactors: Float64Array
}

/**
 * A workspace for model paths of `n` years.
 *
 * @example modelWorkspace(6).projectReal.length // => 6
 */
export function modelWorkspace(n: number): ModelWorkspace {
  return { projectReal: new Float64Array(n), drift: NaN, driftFactors: new Float64Array(n) }
}

/** Land series, undefined (NaN) in a scenario without a land block. */
const landSeries = ['land_serviced', 'land_used'] as const

/**
 * Runs the model over t0…T. `into` and `workspace` (for n years), when given, are reused instead
 * of allocating: a Monte Carlo run calls this once per draw. `shocks[i]`, when given, multiplies
 * output in year index i after eq. M4 (U2's `exp(ε − σ²/2)`); the shocked level carries into
 * later years.
 *
 * @example modelPath(params).gdp[5] // => real GDP in the end year of a five-year scenario
 */
export function modelPath(m: ModelParams, shocks?: ArrayLike<number>, into?: ModelSeries, workspace?: ModelWorkspace): ModelSeries {
  const n = m.years.length
  const out = into ?? modelSeriesBuffers(n)
  const land = m.land
  // every other value is written below, every year
  if (into && !land) for (const name of landSeries) out[name].fill(NaN)
  const ws = workspace ?? modelWorkspace(n)
  const projectReal = ws.projectReal
  if (!Object.is(ws.drift, m.industryShareDrift)) {
    for (let i = 0; i < n; i++) ws.driftFactors[i] = industryDriftFactor(m.industryShareDrift, i)
    ws.drift = m.industryShareDrift
  }
  const Y0 = m.base.gdp ?? NaN
  const V0 = m.base.industrialVa ?? NaN
  const R0 = m.base.fiscalRevenue ?? NaN

  // base year: observed values
  out.gdp[0] = Y0
  out.industrial_va[0] = V0
  out.fiscal_revenue[0] = R0
  out.infrastructure[0] = m.infrastructure[0]!
  out.project_investment[0] = m.base.projectInvestment
  // observed when given (MODEL.md §2: base-year values are the observed ones), even where it is not
  // P(t0) + S(t0) (a base project investment or infrastructure that does not add up to it)
  out.investment[0] = m.base.investment ?? fixedAssetInvestment(m.base.projectInvestment, m.infrastructure[0]!)
  out.debt[0] = m.base.debt
  out.relieved_output[0] = 0
  out.interest[0] = NaN
  out.land_sales[0] = NaN
  projectReal[0] = m.base.projectInvestment
  if (land) {
    out.land_serviced[0] = land.servicedKm2
    out.land_used[0] = land.usedKm2
  }

  const t0 = m.years[0]!
  for (let i = 1; i < n; i++) {
    const p = m.p[i]!
    const S = m.infrastructure[i]!
    out.infrastructure[i] = S
    let P: number
    if (land) {
      const A = servicedLand(out.land_serviced[i - 1]!, land.plannedKm2, S, m.servicingCostPerKm2, p)
      P = realisedInvestment(m.attraction[i]!, true, A - out.land_used[i - 1]!, m.intensityPerKm2, p)
      out.land_serviced[i] = A
      out.land_used[i] = usedLand(out.land_used[i - 1]!, P, m.intensityPerKm2, p)
    } else {
      P = realisedInvestment(m.attraction[i]!, false, 0, 0, p)
    }
    out.project_investment[i] = P
    projectReal[i] = P / p
    out.investment[i] = fixedAssetInvestment(P, S)

    const lagged = i - m.gestation >= 0 ? projectReal[i - m.gestation]! : m.projectInvestmentBefore(t0 + i - m.gestation)
    let Y = realOutput(out.gdp[i - 1]!, m.incumbentGrowth, lagged, m.icor, m.expansionReal[i]!)
    if (shocks) Y *= shocks[i]!
    out.gdp[i] = Y
    out.industrial_va[i] = industrialValueAdded(V0, Y, Y0, ws.driftFactors[i]!)
    const H = m.holiday ? relievedOutput(m.holiday, projectReal, i, m.icor, m.gestation) : 0
    out.relieved_output[i] = H
    const R = fiscalRevenue(R0, p, Y, H, Y0, m.buoyancy)
    out.fiscal_revenue[i] = R

    const sales = land ? landSales(m.landPricePerKm2, p, out.land_used[i]! - out.land_used[i - 1]!) : 0
    out.land_sales[i] = sales
    const paid = interest(m.interestRate, m.interestSubsidy, out.debt[i - 1]!)
    out.interest[i] = paid
    // revenue unknown (no base revenue) only matters when some of it would repay debt
    const fromBudget = m.budgetShare === 0 ? 0 : m.budgetShare * R
    out.debt[i] = debt(out.debt[i - 1]!, S, paid, 1, fromBudget, sales, m.grants[i]!)
  }
  return out
}
