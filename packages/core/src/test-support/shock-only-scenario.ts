/**
 * The closed-form scenario (a) of issue 4, shared by simulate.test.ts and bench/model.mjs: output
 * grows only through incumbent growth e with the growth shock σ (U2) — no investment, no land —
 * and one target, gdp's CAGR over 2005–2010 (n = 5) at least g. Then
 * P(CAGR ≥ g) = Φ((n·ln((1+e)/(1+g)) − n·σ²/2) / (σ·√n)).
 *
 * @example shockOnlyScenario(0.08, 0.05, 0.1) // => "id: a\nyears: {base: 2005, end: 2010}\n…"
 */
export function shockOnlyScenario(e: number, sigma: number, g: number): string {
  return `id: a
years: {base: 2005, end: 2010}
base: {gdp: 100, investment: 0, infrastructure: 0}
model: {incumbent_growth: ${e}, growth_shock_sd: ${sigma}, attraction: 0, infrastructure: 0}
targets:
  - {id: growth, kind: cagr, series: gdp, from: 2005, to: 2010, min: ${g}}
`
}

/** Years of scenario (a): 2005 to 2010. */
export const SHOCK_ONLY_YEARS = 5
