import { describe, expect, it } from 'vitest'
import { industrialValueAdded, industryDriftFactor, realOutput } from './output'

describe('real output (M4)', () => {
  it('M4: Y(t) = (1+e)·Y(t−1) + P_real(t−ℓ)/v + X(t)', () => {
    // 1.02·100 + 40/4 + 0 = 102 + 10 = 112
    expect(realOutput(100, 0.02, 40, 4, 0)).toBeCloseTo(112, 12)
    // with expansion X = 3: 115
    expect(realOutput(100, 0.02, 40, 4, 3)).toBeCloseTo(115, 12)
  })

  it('M4: incumbents may shrink (e < 0)', () => {
    // 0.95·100 + 20/5 = 95 + 4 = 99
    expect(realOutput(100, -0.05, 20, 5, 0)).toBeCloseTo(99, 12)
  })

  it('M4: without investment or expansion output grows at e', () => {
    // 1.1·100 = 110
    expect(realOutput(100, 0.1, 0, 4, 0)).toBeCloseTo(110, 12)
  })
})

describe('industrial value added (M5)', () => {
  it('M5: V(t) = V(t0)·(Y(t)/Y(t0)) without drift', () => {
    // 50·120/100 = 60
    expect(industrialValueAdded(50, 120, 100, industryDriftFactor(0, 3))).toBeCloseTo(60, 12)
  })

  it('M5: the share drifts by (1+drift)^(t−t0)', () => {
    // 50·1.2·1.1² = 60·1.21 = 72.6
    expect(industrialValueAdded(50, 120, 100, industryDriftFactor(0.1, 2))).toBeCloseTo(72.6, 12)
    // 50·1.2·0.9 = 54
    expect(industrialValueAdded(50, 120, 100, industryDriftFactor(-0.1, 1))).toBeCloseTo(54, 12)
  })
})
