import { describe, expect, it } from 'vitest'
import { forecastDrift } from './forecast-drift'

describe('forecastDrift', () => {
  // levels e^0, e^0.1, e^0.3, e^0.4: log growth 0.1, 0.2, 0.1; m = 3, drift c = 0.4/3,
  // s² = ((−1/30)² + (2/30)² + (−1/30)²) / 2 = (6/900)/2 = 1/300, s = 0.0577350269…
  const levels = [0, 0.1, 0.3, 0.4].map(Math.exp)
  const f = forecastDrift([2001, 2002, 2003, 2004], levels, 2, [0.8])

  it('extends the last log level by the mean growth', () => {
    expect(Math.log(f.point[0]!)).toBeCloseTo(0.4 + 0.4 / 3, 12)
    expect(Math.log(f.point[1]!)).toBeCloseTo(0.4 + 0.8 / 3, 12)
    expect(f.params.drift).toBeCloseTo(0.4 / 3, 12)
    expect(f.params.sigma).toBeCloseTo(Math.sqrt(1 / 300), 12)
  })

  it('has the interval s·√(h + h²/m) times t with m − 1 = 2 degrees of freedom', () => {
    // qt(0.9, 2) = 1.8856180831641269 (R); h = 2: √(2 + 4/3) = 1.8257418583505538
    const half = 1.8856180831641269 * Math.sqrt(1 / 300) * Math.sqrt(2 + 4 / 3)
    expect(Math.log(f.intervals[0]!.upper[1]!)).toBeCloseTo(0.4 + 0.8 / 3 + half, 10)
    expect(Math.log(f.intervals[0]!.lower[1]!)).toBeCloseTo(0.4 + 0.8 / 3 - half, 10)
  })

  it('needs three years', () => {
    expect(() => forecastDrift([2001, 2002], [1, 2], 1)).toThrow('a drift forecast needs three or more years, got 2')
  })
})
