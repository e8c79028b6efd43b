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
  return indicatorsWriter(s.gdp.length, regionGdp, regionBasis, p)(s, into)
}

/**
 * `modelIndicators` for many model paths over one region and price index: what depends only on
 * those is worked out once (a Monte Carlo run calls the writer once per draw).
 *
 * @param n years of the model paths
 * @example indicatorsWriter(6, regionGdp, 'real', p)(series, into).share_gdp[5] // => the zone's share of the region in the end year
 */
export function indicatorsWriter(n: number, regionGdp: readonly (number | null)[] | undefined, regionBasis: PriceBasis, p: readonly number[]): (s: ModelSeries, into?: Indicators) => Indicators {
  // the region's GDP per year as doubles, NaN where unknown or 0 (no share)
  const region = Float64Array.from({ length: n }, (_, i) => {
    const g = regionGdp?.[i]
    return g == null || g === 0 ? NaN : g
  })
  // what turns the zone's real GDP into the region's basis (convertBasis's factor)
  const toRegionBasis = Float64Array.from({ length: n }, (_, i) => convertBasis(1, 'real', regionBasis, p[i]!))
  const converts = regionBasis === 'nominal'
  return (s, into) => {
    const out = into ?? (Object.fromEntries(indicatorKeys.map((k) => [k, new Float64Array(n)])) as unknown as Indicators)
    // plain loops, no helper closure: a Monte Carlo run calls this once per draw. `Number.NaN`,
    // not `NaN`: on Node 20 (V8 11.3) `c ? NaN : x` made the optimised code box x on the heap,
    // 440 bytes a draw here (a minor collection every ~20,000 draws); `Number.NaN` and `0 / 0` do
    // not, nor does a module constant unless the bundler turns it into a `var`, as esbuild does
    const { debt, fiscal_revenue: R, interest, gdp, land_used: U, investment } = s
    for (let i = 0; i < n; i++) {
      const r = R[i]!
      const u = U[i]!
      const y = gdp[i]!
      out.debt_ratio[i] = r === 0 ? Number.NaN : debt[i]! / r
      out.interest_burden[i] = r === 0 ? Number.NaN : interest[i]! / r
      out.output_per_km2[i] = u === 0 ? Number.NaN : y / u
      out.revenue_per_mu[i] = u === 0 ? Number.NaN : r / (MU_PER_KM2 * u)
      out.investment_per_mu[i] = u === 0 ? Number.NaN : investment[i]! / (MU_PER_KM2 * u)
      // as convertBasis(y, 'real', regionBasis, p) / region, with the same rounding
      out.share_gdp[i] = (converts ? y * toRegionBasis[i]! : y) / region[i]!
    }
    return out
  }
}

const indicatorKeys = ['debt_ratio', 'interest_burden', 'output_per_km2', 'revenue_per_mu', 'investment_per_mu', 'share_gdp'] as const
