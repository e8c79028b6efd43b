/**
 * Land (MODEL.md M1, M3): servicing adds land up to the planned area; investment uses it.
 */

/**
 * Serviced land, eq. M1: `A(t) = min(A_max, A(t-1) + S(t) / (c·p(t)))`.
 *
 * @param servicedKm2 A(t-1), km²
 * @param infrastructureNominal S(t), money
 * @param costPerKm2 c, base-year money per km²
 * @example servicedLand(10, 20, 3, 2, 1) // => 12 (3 / 1.5 = 2 km² added)
 */
export function servicedLand(servicedKm2: number, plannedKm2: number, infrastructureNominal: number, costPerKm2: number, p: number): number {
  if (costPerKm2 <= 0) return plannedKm2
  return Math.min(plannedKm2, servicedKm2 + infrastructureNominal / (costPerKm2 * p))
}

/**
 * Used land, eq. M3: `U(t) = U(t-1) + P(t) / (κ·p(t))`.
 *
 * @param usedKm2 U(t-1), km²
 * @param projectNominal P(t), money
 * @param intensityPerKm2 κ, base-year money per km²
 * @example usedLand(5, 33, 16.5, 1) // => 7
 */
export function usedLand(usedKm2: number, projectNominal: number, intensityPerKm2: number, p: number): number {
  return usedKm2 + projectNominal / (intensityPerKm2 * p)
}
