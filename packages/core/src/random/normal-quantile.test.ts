import { describe, expect, it } from 'vitest'
import { normalCdf } from './normal-cdf'
import { normalQuantile } from './normal-quantile'

/** Relative error allowed against a 60-digit reference: AS 241 is good to ~1e-16, this is 4.5 ulp. */
const REL_TOL = 1e-15

function expectRelClose(actual: number, expected: number, tol = REL_TOL): void {
  if (expected === 0) expect(actual).toBe(0)
  else expect(Math.abs(actual / expected - 1)).toBeLessThanOrEqual(tol)
}

describe('normalQuantile (AS 241)', () => {
  it('matches the textbook values', () => {
    // R: qnorm(0.975) = 1.959963984540054 (print(…, digits = 16))
    expectRelClose(normalQuantile(0.975), 1.959963984540054)
    // Φ⁻¹(½) = 0 exactly: the central approximation is q·(…) with q = 0
    expect(normalQuantile(0.5)).toBe(0)
    // R: qnorm(1e-10) = -6.361340902404056
    expectRelClose(normalQuantile(1e-10), -6.361340902404056)
  })

  it('matches a 60-digit reference in all three regions of the approximation', () => {
    // python3 mpmath 1.3.0, mp.dps = 60: 30 Newton steps x ← x − (ncdf(x) − p)/npdf(x) from
    // scipy's ndtri(p), printed as float(x)
    const reference: [number, number][] = [
      [1e-300, -37.0470962993612], // far tail, r > 5
      [1e-20, -9.262340089798407],
      [1e-12, -7.034483825301132],
      [1e-5, -4.264890793922825], // near tail
      [0.001, -3.0902323061678136],
      [0.01, -2.326347874040841],
      [0.05, -1.6448536269514726],
      [0.1, -1.2815515655446004],
      [0.25, -0.6744897501960817], // centre
      [0.3, -0.5244005127080408],
      [0.7, 0.5244005127080407],
      [0.95, 1.6448536269514722],
      [0.999, 3.090232306167813],
      [1 - 2 ** -53, 8.209536151601387] // the largest DrawStream uniform
    ]
    for (const [p, z] of reference) expectRelClose(normalQuantile(p), z)
  })

  it('is odd: Φ⁻¹(1 − p) = −Φ⁻¹(p) exactly when 1 − p is exact', () => {
    for (const p of [0.25, 0.125, 2 ** -10, 2 ** -40, 2 ** -53]) expect(normalQuantile(1 - p)).toBe(-normalQuantile(p))
  })

  it('round trip: Φ(Φ⁻¹(p)) = p to 1e-14 relative on a grid over (0, 1)', () => {
    let worst = 0
    for (let i = 1; i < 10_000; i++) {
      const p = i / 10_000
      worst = Math.max(worst, Math.abs(normalCdf(normalQuantile(p)) - p) / Math.min(p, 1 - p))
    }
    expect(worst).toBeLessThan(1e-14)
  })

  it('round trip in the lower tail, within the conditioning of Φ there', () => {
    // an error δ in z moves ln Φ(z) by about |z|·δ, and δ ≈ 1e-16·|z|, so allow 1e-14·max(1, z²)
    for (let k = 1; k <= 100; k++) {
      const p = 10 ** -k
      const z = normalQuantile(p)
      expect(Math.abs(normalCdf(z) / p - 1)).toBeLessThan(1e-14 * Math.max(1, z * z))
    }
  })

  it('the three approximations meet to within rounding at their boundaries', () => {
    // boundaries: p = 0.075 and 0.925 (|p − ½| = 0.425) and p = e⁻²⁵ (r = 5); at r = 5 the two
    // tail approximations differ by 1 ulp, so allow a step back of 1e-15 relative, no more
    for (const b of [0.075, 0.925, Math.exp(-25)]) {
      let previous = -Infinity
      for (let i = -50; i <= 50; i++) {
        const z = normalQuantile(b * (1 + i * 1e-14))
        expect(z).toBeGreaterThanOrEqual(previous - 1e-15 * Math.abs(previous))
        previous = z
      }
    }
  })

  it('gives ±Infinity at 0 and 1 and NaN outside [0, 1], without throwing', () => {
    expect(normalQuantile(0)).toBe(-Infinity)
    expect(normalQuantile(1)).toBe(Infinity)
    expect(normalQuantile(-0.1)).toBeNaN()
    expect(normalQuantile(1.5)).toBeNaN()
    expect(normalQuantile(Number.NaN)).toBeNaN()
  })
})
