/**
 * End-to-end: `zonecast calibrate` on the 31 provinces' GDP (test/calibrate-data, a copy of
 * shared/data) and on a scenario with history: exit codes, the JSON keys INTERFACE.md fixes,
 * and `--write-scenario` keeping the user's comments.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot, runCli } from './support/run-cli'

const DATA = 'test/calibrate-data/china-province-gdp-2000-2016.csv'

let work = ''
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'zonecast-calibrate-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('calibrate a wide file of 31 provinces', () => {
  it('every region\'s data checks: the six slips of the file', () => {
    const r = runCli(['calibrate', DATA])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    // the slips the core's tests list (packages/core/src/stats/calibrate.test.ts)
    const flagged = [...r.stdout.matchAll(/^warning history-outlier: gdp of (\S+) \S+ (\d{4})/gm)].map((m) => `${m[1]} ${m[2]}`)
    expect(flagged).toEqual(['北京市 2000', '辽宁省 2016', '黑龙江省 2013', '上海市 2013', '湖北省 2000', '宁夏区 2000'])
  })

  it('--region --json: the keys of INTERFACE.md', () => {
    const r = runCli(['calibrate', DATA, '--region', 'Heilongjiang', '--json'])
    expect(r.status).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['series', 'forecasts', 'backtest']))
    const gdp = json.series.gdp
    for (const key of ['cagr', 'log_growth_mean', 'log_growth_sd', 'trend_growth', 'r2', 'outliers']) expect(gdp).toHaveProperty(key)
    expect(gdp.outliers).toHaveLength(1)
    expect(gdp.outliers[0]).toMatchObject({ year: 2013, value: 1480, kind: 'spike' })
    expect(Object.keys(gdp.outliers[0])).toEqual(expect.arrayContaining(['year', 'value', 'reason']))
    expect(Object.keys(json.forecasts.gdp)).toEqual(['trend', 'holt', 'drift'])
    expect(json.forecasts.gdp.holt.years).toEqual([2017, 2018, 2019, 2020, 2021])
    expect(json.backtest).toBeNull()
  })

  it('--backtest: MAPE and coverage by method and years ahead over every region', () => {
    const r = runCli(['calibrate', DATA, '--backtest', '--json'])
    expect(r.status).toBe(0)
    const b = JSON.parse(r.stdout).backtest
    expect(b.series).toBe(31)
    expect(Object.keys(b.methods)).toEqual(['trend', 'holt', 'drift'])
    expect(b.methods.holt.map((c: { horizon: number }) => c.horizon)).toEqual([1, 2, 3, 4, 5])
    expect(Object.keys(b.methods.holt[0].coverage)).toEqual(['coverage_80', 'coverage_95'])
  })

  it('the same bytes on every run', () => {
    expect(runCli(['calibrate', DATA, '--region', '22', '--json']).stdout).toBe(runCli(['calibrate', DATA, '--region', 'Jilin', '--json']).stdout)
  })
})

describe('calibrate a scenario and write the calibration into it', () => {
  const scenario = ['# a test zone', 'id: z', 'years: {base: 2010, end: 2015}', 'base: {gdp: 8577.06, investment: 7870}', 'history:', '  file: provinces.csv # the NBS table', '  region: 吉林省', '  investment: {2005: 1741, 2006: 2594, 2007: 3651, 2008: 4638, 2009: 6411}', 'model:', '  capital_output_ratio: 4 # the usual', ''].join('\n')

  it('fills growth_shock_sd and the ICOR range, keeping the comments, and the scenario still checks', () => {
    copyFileSync(join(repoRoot, DATA), join(work, 'provinces.csv'))
    writeFileSync(join(work, 'z.yaml'), scenario)
    // the scenario is the user's: filling it in place needs --force
    const refused = runCli(['calibrate', 'z.yaml', '--write-scenario', 'z.yaml'], { cwd: work })
    expect(refused.status).toBe(2)
    expect(refused.stderr).toBe('zonecast: "z.yaml" is there already, and zonecast did not write it\nzonecast: nothing was written; pass --force to replace it, or write somewhere else\n')
    expect(readFileSync(join(work, 'z.yaml'), 'utf8')).toBe(scenario)
    const r = runCli(['calibrate', 'z.yaml', '--write-scenario', 'z.yaml', '--force'], { cwd: work })
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/^wrote z\.yaml: model\.growth_shock_sd = [\d.]+, checks\.icor_range = \[[\d.]+,[\d.]+\]\n$/)
    const out = readFileSync(join(work, 'z.yaml'), 'utf8')
    for (const kept of ['# a test zone', 'file: provinces.csv # the NBS table', 'capital_output_ratio: 4 # the usual']) expect(out).toContain(kept)
    expect(out).toMatch(/growth_shock_sd: [\d.]+ # calibrated: sd of gdp's log growth, 2000–2010 \(z\.yaml, history from provinces\.csv \(吉林省\)\)/)
    expect(out).toMatch(/icor_range: \[[\d.]+, [\d.]+\] # calibrated: interquartile range of the annual apparent ICOR/)
    expect([0, 1]).toContain(runCli(['check', 'z.yaml'], { cwd: work }).status)
  })
})
