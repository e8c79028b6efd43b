import { describe, expect, it } from 'vitest'
import { normalCdf } from './normal-cdf'

/** Relative error allowed against a 60-digit reference: Cody's approximations are good to ~1e-16. */
const REL_TOL = 1e-15

function expectRelClose(actual: number, expected: number): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThanOrEqual(REL_TOL)
}

describe('normalCdf (Cody)', () => {
  it('matches the textbook values', () => {
    // R: pnorm(1.96) = 0.9750021048517795 (print(…, digits = 16))
    expectRelClose(normalCdf(1.96), 0.9750021048517795)
    // R: pnorm(-3) = 0.0013498980316301 (16 decimals, so to within half a unit of the 16th);
    // Abramowitz & Stegun Table 26.1 gives 1 − Φ(3) = 1 − 0.99865 01019 68370
    expect(Math.abs(normalCdf(-3) - 0.0013498980316301)).toBeLessThanOrEqual(0.5e-16)
    // Φ(0) = ½ by symmetry
    expect(normalCdf(0)).toBe(0.5)
  })

  it('matches a 60-digit reference in all three regions, both tails', () => {
    // python3 mpmath 1.3.0, mp.dps = 60: float(mp.ncdf(x))
    const reference: [number, number][] = [
      [-37, 5.725571222524577e-300], // asymptotic region |x| > √32
      [-30, 4.906713927148187e-198],
      [-10, 7.619853024160525e-24],
      [-8, 6.220960574271784e-16],
      [-6, 9.86587645037698e-10],
      [-5, 2.866515718791939e-7], // middle region
      [-1.96, 0.024997895148220435],
      [-1, 0.15865525393145705],
      [-0.5, 0.3085375387259869], // central region |x| ≤ 0.674
      [0.1, 0.539827837277029],
      [0.5, 0.6914624612740131],
      [0.6745, 0.7500032571363008], // just past the central region
      [1, 0.8413447460685429],
      [3, 0.9986501019683699],
      [6, 0.9999999990134123],
      [8, 0.9999999999999993]
    ]
    for (const [x, p] of reference) expectRelClose(normalCdf(x), p)
  })

  it('is symmetric: Φ(x) + Φ(−x) = 1 to rounding', () => {
    for (let x = 0; x <= 8; x += 0.01) expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThanOrEqual(Number.EPSILON)
  })

  it('is non-decreasing across the region boundaries 0.67448975 and √32', () => {
    for (const b of [-Math.sqrt(32), -0.67448975, 0.67448975, Math.sqrt(32)]) {
      let previous = 0
      for (let i = -50; i <= 50; i++) {
        const p = normalCdf(b + i * 1e-14)
        expect(p).toBeGreaterThanOrEqual(previous)
        previous = p
      }
    }
  })

  it('saturates at 0 and 1 far out (underflow below −37.5, rounding to 1 above 8.3) and passes NaN through', () => {
    expect(normalCdf(-40)).toBe(0)
    expect(normalCdf(-Infinity)).toBe(0)
    expect(normalCdf(9)).toBe(1)
    expect(normalCdf(Infinity)).toBe(1)
    expect(normalCdf(Number.NaN)).toBeNaN()
  })
})
