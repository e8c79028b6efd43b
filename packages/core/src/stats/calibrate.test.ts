import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { InputError } from '../errors'
import { parseHistoryCsv } from '../history/parse-history-csv'
import { scenarioHistory } from '../history/scenario-history'
import { loadScenario } from '../scenario/load-scenario'
import { backtest } from './backtest'
import { calibrate } from './calibrate'

const PROVINCES = parseHistoryCsv(readFileSync(new URL('../../../../test/calibrate-data/china-province-gdp-2000-2016.csv', import.meta.url), 'utf8'), 'provinces.csv')

describe('the data checks on the 31 provinces\' GDP (shared/data)', () => {
  const all = calibrate(PROVINCES)
  const flagged = (all.regions ?? []).flatMap((r) => (r.series.gdp?.outliers ?? []).map((o) => [r.region, o.year, o.kind, o.treatment]))

  it('flags exactly the slips found by inspecting the file, and no clean row', () => {
    // found by reading the table and its year-on-year growth (python, README "History and
    // calibration"): Heilongjiang 2013 is 1480 between 13,691.58 and 15,039.4 (a digit dropped);
    // Shanghai 2013 is 12,981.46, Jilin's 2013 value, between 20,181.72 and 23,560.94; Liaoning
    // 2016 falls 23% (the revised basis after its inflated figures); Beijing, Hubei and Ningxia
    // 2000 break from 2001 on by +49.7%, −9.3% and +27.1% (an older vintage)
    expect(flagged).toEqual([
      ['北京市 (Beijing)', 2000, 'first', 'dropped'],
      ['辽宁省 (Liaoning)', 2016, 'last', 'kept'],
      ['黑龙江省 (Heilongjiang)', 2013, 'spike', 'replaced'],
      ['上海市 (Shanghai)', 2013, 'spike', 'replaced'],
      ['湖北省 (Hubei)', 2000, 'first', 'dropped'],
      ['宁夏区 (Ningxia)', 2000, 'first', 'dropped']
    ])
  })

  it('says why: the digit and the row the value came from', () => {
    const reasons = (all.regions ?? []).flatMap((r) => r.series.gdp?.outliers ?? []).map((o) => o.reason)
    expect(reasons.find((r) => r.includes('about 10 times too small: a digit dropped'))).toBeDefined()
    expect(reasons.find((r) => r.includes("equals 吉林省 (Jilin)'s 2013 value: pasted from the wrong row?"))).toBeDefined()
  })

  it('expects Heilongjiang 2013 near the geometric mean of its neighbours', () => {
    // √(13691.58 × 15039.4) = 14349.7 by hand; the panel's growth 2013 vs 2014 shifts it slightly
    const o = all.regions?.find((r) => r.region.startsWith('黑龙江'))?.series.gdp?.outliers[0]
    expect(o!.expected / 14349.7 - 1).toBeLessThan(0.01)
  })
})

describe('calibrate one region', () => {
  it('Jilin: statistics of a clean row, forecasts by three methods', () => {
    const r = calibrate(PROVINCES, { region: 'Jilin' })
    const gdp = r.series.gdp!
    // CAGR by hand: (14886.23 / 1821.19)^(1/16) − 1 = 8.17395^(0.0625) − 1 = 0.14032
    expect(gdp.cagr).toBeCloseTo(0.14032, 5)
    // R: summary(lm(log(jilin) ~ year))$r.squared
    expect(gdp.r2).toBeCloseTo(0.982983909437875, 12)
    expect(gdp.outliers).toEqual([])
    expect(Object.keys(r.forecasts.gdp!)).toEqual(['trend', 'holt', 'drift'])
    expect(Object.keys(r.forecasts.gdp!.holt!)).toEqual(['years', 'point', 'lower_80', 'upper_80', 'lower_95', 'upper_95', 'params'])
  })

  it('Heilongjiang: statistics on the cleaned series, and as observed', () => {
    const r = calibrate(PROVINCES, { region: '黑龙江' })
    const gdp = r.series.gdp!
    // the slip puts a −2.2 and a +2.3 log growth into the raw series; the cleaned sd is ordinary
    expect(gdp.as_observed!.log_growth_sd!).toBeGreaterThan(0.7)
    expect(gdp.log_growth_sd!).toBeLessThan(0.1)
    // the cleaned CAGR equals the raw one: both end points are observed and kept
    expect(gdp.cagr).toBeCloseTo(gdp.as_observed!.cagr, 12)
  })

  it('a region that is not there', () => {
    expect(() => calibrate(PROVINCES, { region: 'Shangai' })).toThrow('provinces.csv no region "Shangai"; did you mean "Shanghai"?')
  })
})

describe('calibrate a scenario\'s inline history', () => {
  const text = ['id: z', 'years: {base: 2005, end: 2010}', 'base: {gdp: 120, investment: 50}', 'history:', '  gdp: {2002: 80, 2003: 90, 2004: 100}', '  investment: {2002: 40, 2003: 42, 2004: 45}', ''].join('\n')
  const r = calibrate(scenarioHistory(loadScenario(text, 'z.yaml'), 'z.yaml'))

  it('appends the base year and computes the apparent ICOR', () => {
    expect(r.series.gdp).toMatchObject({ from: 2002, to: 2005, n: 4 })
    // lag 1: (40 + 42 + 45) / (120 − 80) = 127 / 40
    expect(r.icor?.value).toBeCloseTo(127 / 40, 14)
  })

  it('fewer than three years is an input error naming the series', () => {
    const short = loadScenario('id: z\nyears: {base: 2005, end: 2010}\nbase: {gdp: 120}\nhistory: {gdp: {2004: 100}}\n', 's.yaml')
    expect(() => calibrate(scenarioHistory(short, 's.yaml'))).toThrow(InputError)
    expect(() => calibrate(scenarioHistory(short, 's.yaml'))).toThrow('s.yaml history.gdp: gdp has 2 years (2004, 2005); calibrate needs at least 3')
  })

  it('history: {file} is read by the CLI, not the core', () => {
    const s = loadScenario('id: z\nyears: {base: 2005, end: 2010}\nhistory: {file: gdp.csv, region: 吉林省}\n', 'f.yaml')
    expect(s.historyFile).toEqual({ file: 'gdp.csv', region: '吉林省' })
    expect(s.history).toEqual({})
  })
})

describe('backtest', () => {
  it('scores an exact geometric series perfectly: no error, every actual on its (zero-width) interval', () => {
    // 1.1^t: every method's point forecast is exact, and the residual sd 0 makes each interval a point
    const s = { name: 'x', years: Array.from({ length: 12 }, (_, i) => 2000 + i), values: Array.from({ length: 12 }, (_, i) => 100 * 1.1 ** i) }
    const r = backtest([s], { methods: ['trend', 'drift'], horizon: 2, minTrain: 8 })
    // origins after 8, 9, 10, 11 training years: 4 forecasts one year ahead, 3 two years ahead
    expect(r.methods.drift?.map((c) => c.forecasts)).toEqual([4, 3])
    for (const c of [...r.methods.trend!, ...r.methods.drift!]) expect(c.mape).toBeLessThan(1e-12)
  })

  it('the 95% interval covers at least what the 80% covers', () => {
    const r = calibrate(PROVINCES, { backtest: true, methods: ['drift'], backtestHorizon: 2 }).backtest!
    expect(r.series).toBe(31)
    for (const c of r.methods.drift!) expect(c.coverage.coverage_95).toBeGreaterThanOrEqual(c.coverage.coverage_80!)
    // 17 years less 8 training years: 9 origins a region, 8 of them with a second year ahead;
    // Beijing, Hubei and Ningxia lose their first year to the data checks: 8 and 7
    expect(r.methods.drift!.map((c) => c.forecasts)).toEqual([28 * 9 + 3 * 8, 28 * 8 + 3 * 7])
  })
})
