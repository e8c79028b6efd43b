/**
 * Indicators of MODEL.md M11, per year of the model path.
 */
import { convertBasis } from '../paths/convert-basis'
import type { PriceBasis } from '../scenario/types'
import type { ModelSeries } from './model-path'

/** Mu per km² (1 km² = 1,500 畝). */
export const MU_PER_KM2 = 1500

export interface Indicators {
  /** Debt / R */
  debt_ratio: Float64Array
  /** I / R (interest over revenue) */
  interest_burden: Float64Array
  /** Y / U: real output per km² in use */
  output_per_km2: Float64Array
  /** R / (1500·U): 畝均稅收, nominal revenue per mu in use */
  revenue_per_mu: Float64Array
  /** fixed-asset investment of the year per mu in use, nominal */
  investment_per_mu: Float64Array
  /** Y / region GDP, on a common price basis */
  share_gdp: Float64Array
}

/**
 * Computes the indicators; `regionGdp` (null where unknown) is in `regionBasis`, `p` is P0's index.
 *
 * @example modelIndicators(series, regionGdp, 'real', p).debt_ratio[5] // => debt / revenue in the end year
 */
export function modelIndicators(s: ModelSeries, regionGdp: readonly (number | null)[] | undefined, regionBasis: PriceBasis, p: readonly number[]): Indicators {
  const n = s.gdp.length
  const div = (a: Float64Array, b: Float64Array, scale = 1) => Float64Array.from({ length: n }, (_, i) => (b[i]! === 0 ? NaN : a[i]! / (scale * b[i]!)))
  const share = Float64Array.from({ length: n }, (_, i) => {
    const r = regionGdp?.[i]
    if (r == null || r === 0) return NaN
    return convertBasis(s.gdp[i]!, 'real', regionBasis, p[i]!) / r
  })
  return {
    debt_ratio: div(s.debt, s.fiscal_revenue),
    interest_burden: div(s.interest, s.fiscal_revenue),
    output_per_km2: div(s.gdp, s.land_used),
    revenue_per_mu: div(s.fiscal_revenue, s.land_used, MU_PER_KM2),
    investment_per_mu: div(s.investment, s.land_used, MU_PER_KM2),
    share_gdp: share
  }
}
