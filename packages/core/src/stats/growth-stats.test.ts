import { describe, expect, it } from 'vitest'
import { cagr } from './cagr'
import { growthStats } from './growth-stats'
import { logGrowth } from './log-growth'
import { robustSd } from './robust-scale'

describe('growthStats', () => {
  // levels 100, 120, 132, 158.4: growth +20%, +10%, +20%
  const s = growthStats([2000, 2001, 2002, 2003], [100, 120, 132, 158.4])

  it('CAGR: (158.4/100)^(1/3) − 1', () => {
    // 1.584^(1/3) = 1.16563… by hand: 1.16563^3 = 1.58374
    expect(s.cagr).toBeCloseTo(Math.cbrt(1.584) - 1, 14)
    expect(s.cagr).toBeCloseTo(0.16572, 4)
  })

  it('mean and sample sd (n − 1) of log growth', () => {
    const g = [Math.log(1.2), Math.log(1.1), Math.log(1.2)]
    const mean = (g[0]! + g[1]! + g[2]!) / 3
    expect(s.log_growth_mean).toBeCloseTo(mean, 14)
    // two of three equal: deviations d, −2d, d with d = (ln 1.2 − ln 1.1)/3; sd = √(6d²/2) = √3·d
    expect(s.log_growth_sd).toBeCloseTo((Math.sqrt(3) * (Math.log(1.2) - Math.log(1.1))) / 3, 14)
  })

  it('covers the years it was given', () => {
    expect([s.from, s.to, s.n]).toEqual([2000, 2003, 4])
  })
})

describe('small helpers', () => {
  it('cagr of one level is NaN', () => expect(cagr([5])).toBeNaN())
  it('logGrowth', () => expect(logGrowth([1, Math.E, 1])).toEqual([1, -1]))
  it('robustSd: 1.4826 × MAD, the simple-statistics example', () => {
    // median 2, |x − 2| = 1 1 0 0 2 4 7, MAD 1
    expect(robustSd([1, 1, 2, 2, 4, 6, 9])).toBeCloseTo(1.482602218505602, 14)
  })
})
