import { describe, expect, it } from 'vitest'
import { fakeIo } from '../test-support/fake-io'
import { calibrateCommand } from './calibrate-command'

/** Eight years growing 10% a year, a digit dropped in 2004 (a wide file of one region). */
const CSV = 'name,2000,2001,2002,2003,2004,2005,2006,2007\nZone,100,110,121,133.1,14.64,161.05,177.16,194.87\n'

describe('calibrateCommand', () => {
  it('prints the statistics, the data check, the forecasts', async () => {
    const io = fakeIo({ 'z.csv': CSV })
    expect(await calibrateCommand({ file: 'z.csv', lang: 'en' }, io)).toBe(0)
    expect(io.out).toContain('z.csv: Zone, wide form')
    // 14.64 is 146.41 (= 100·1.1⁴) with a digit dropped
    expect(io.out).toContain('warning history-outlier: gdp 2004 = 14.64: a jump that reverses')
    expect(io.out).toContain('about 10 times too small')
    expect(io.out).toMatch(/^year\s+trend\s+80%\s+95%\s+holt\s+80%\s+95%\s+drift/m)
    expect(io.err).toBe('')
  })

  it('--json: statistics of the cleaned series (the slip replaced), 10% a year', async () => {
    const io = fakeIo({ 'z.csv': CSV })
    await calibrateCommand({ file: 'z.csv', json: true, lang: 'en' }, io)
    const r = JSON.parse(io.out)
    // the replaced 2004 value is √(133.1 · 161.05) = 146.41, so every growth rate is 10%
    expect(r.series.gdp.outliers[0]).toMatchObject({ year: 2004, treatment: 'replaced' })
    expect(r.series.gdp.outliers[0].expected).toBeCloseTo(146.41, 2)
    expect(r.series.gdp.cagr).toBeCloseTo(0.1, 4)
    expect(r.series.gdp.as_observed.log_growth_sd).toBeGreaterThan(1)
  })

  it('--write-scenario needs a scenario to start from when the input is a CSV', async () => {
    const io = fakeIo({ 'z.csv': CSV })
    await expect(calibrateCommand({ file: 'z.csv', writeScenario: 'new.yaml', lang: 'en' }, io)).rejects.toThrow('cannot fill "new.yaml": it does not exist, and CSV data is no scenario to start from')
  })
})
