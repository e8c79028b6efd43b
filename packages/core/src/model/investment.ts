/**
 * Investment (MODEL.md M2, M2b).
 */

/**
 * Realised project investment, eq. M2: `P(t) = min(D(t), κ·p(t)·max(0, A(t) − U(t-1)))`; demand
 * alone without a land limit.
 *
 * @param demandNominal D(t), money
 * @param freeKm2 A(t) − U(t-1), km² (ignored when `limited` is false)
 * @example realisedInvestment(50, true, 2, 16.5, 1) // => 33 (land for 2 km² at 16.5 a km²)
 */
export function realisedInvestment(demandNominal: number, limited: boolean, freeKm2: number, intensityPerKm2: number, p: number): number {
  if (!limited) return demandNominal
  return Math.min(demandNominal, intensityPerKm2 * p * Math.max(0, freeKm2))
}

/**
 * Fixed-asset investment on the model path, eq. M2b: `I(t) = P(t) + S(t)`.
 *
 * @example fixedAssetInvestment(33, 16) // => 49
 */
export function fixedAssetInvestment(projectNominal: number, infrastructureNominal: number): number {
  return projectNominal + infrastructureNominal
}
