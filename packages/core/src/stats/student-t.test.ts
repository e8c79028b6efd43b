import { describe, expect, it } from 'vitest'
import { studentTCdf, studentTQuantile } from './student-t'

describe('studentTQuantile', () => {
  // confirmed in R: options(digits = 17); qt(c(.975, .9, .975, .9, .975, .9, .95, .025), c(5, 1, 1, 2, 14, 30, 200, 3))
  const cases: [number, number, number][] = [
    [0.975, 5, 2.5705818356363137],
    [0.9, 1, 3.0776835371752544],
    [0.975, 1, 12.706204736174694],
    [0.9, 2, 1.8856180831641269],
    [0.975, 14, 2.1447866879178039],
    [0.9, 30, 1.3104150253913955],
    [0.95, 200, 1.652508100910876],
    [0.025, 3, -3.1824463052837091]
  ]
  for (const [p, df, q] of cases) {
    it(`qt(${p}, ${df}) = ${q}`, () => expect(studentTQuantile(p, df)).toBeCloseTo(q, 10))
  }

  it('is the inverse of studentTCdf', () => {
    for (const df of [1, 3, 11]) for (const p of [0.1, 0.6, 0.99]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12)
  })

  it('approaches the normal quantile for many degrees of freedom', () => {
    // qnorm(0.975) = 1.959963984540054
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959963984540054, 5)
  })

  it('refuses a probability outside (0, 1)', () => {
    expect(() => studentTQuantile(1, 5)).toThrow('a quantile needs a probability in (0, 1), got 1')
  })
})

describe('studentTCdf', () => {
  it('matches R', () => {
    // R: pt(1, 1) = 0.75 (the Cauchy's quartile); options(digits = 17); pt(-2, 4) = 0.058058261758407753
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 13)
    expect(studentTCdf(-2, 4)).toBeCloseTo(0.058058261758407753, 13)
  })
})
