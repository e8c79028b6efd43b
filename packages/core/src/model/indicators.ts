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
 * Computes the indicators; `regionGdp` (null where unknown) is in `regionBasis`, `p` is P0's index;
 * `into`, when given, is overwritten instead of allocating.
 *
 * @example modelIndicators(series, regionGdp, 'real', p).debt_ratio[5] // => debt / revenue in the end year
 */
export function modelIndicators(s: ModelSeries, regionGdp: readonly (number | null)[] | undefined, regionBasis: PriceBasis, p: readonly number[], into?: Indicators): Indicators {
  const n = s.gdp.length
  const out = into ?? (Object.fromEntries(indicatorKeys.map((k) => [k, new Float64Array(n)])) as unknown as Indicators)
  const div = (target: Float64Array, a: Float64Array, b: Float64Array, scale = 1) => {
    for (let i = 0; i < n; i++) target[i] = b[i]! === 0 ? NaN : a[i]! / (scale * b[i]!)
  }
  div(out.debt_ratio, s.debt, s.fiscal_revenue)
  div(out.interest_burden, s.interest, s.fiscal_revenue)
  div(out.output_per_km2, s.gdp, s.land_used)
  div(out.revenue_per_mu, s.fiscal_revenue, s.land_used, MU_PER_KM2)
  div(out.investment_per_mu, s.investment, s.land_used, MU_PER_KM2)
  for (let i = 0; i < n; i++) {
    const r = regionGdp?.[i]
    out.share_gdp[i] = r == null || r === 0 ? NaN : convertBasis(s.gdp[i]!, 'real', regionBasis, p[i]!) / r
  }
  return out
}

const indicatorKeys = ['debt_ratio', 'interest_burden', 'output_per_km2', 'revenue_per_mu', 'investment_per_mu', 'share_gdp'] as const
