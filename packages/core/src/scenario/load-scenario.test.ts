import { describe, expect, it } from 'vitest'
import { InputError } from '../errors'
import { Distribution } from './distribution'
import { loadScenario } from './load-scenario'
import { realiseScenario } from './realise-scenario'

const minimal = 'id: t\nyears: {base: 2005, end: 2010}\n'

/** The formatted messages of the InputError that loading `text` throws. */
function errorsOf(text: string): string[] {
  try {
    loadScenario(text, 'x.yaml')
  } catch (e) {
    if (e instanceof InputError) return e.message.split('\n')
    throw e
  }
  throw new Error('expected an InputError')
}

describe('loadScenario', () => {
  it('reads a minimal scenario with defaults', () => {
    const s = loadScenario(minimal, 'x.yaml')
    expect(s.years).toEqual({ base: 2005, end: 2010 })
    expect(s.money).toBe('yiyuan')
    expect(s.inflation).toBeNull()
    expect(s.checks.icorRange).toEqual([2.5, 7])
  })

  it('reads JSON as well as YAML', () => {
    const s = loadScenario('{"id": "j", "years": {"base": 2009, "end": 2010}, "base": {"gdp": 10}}', 'x.json')
    expect(s.base.gdp).toBe(10)
  })

  it('converts quantities with units to scenario units', () => {
    const s = loadScenario(
      minimal +
        'exchange_rate: 8\nbase: {gdp: "4485 wanyuan", foreign_capital: "10 yiusd"}\n' +
        'model:\n  investment_intensity: "110 萬元/畝"\n  servicing_cost: 1.2\n  land: {planned: "139 平方公里", serviced: "3000 mu", used: 1}\n',
      'x.yaml'
    )
    // 4485 萬元 = 4485e4 / 1e8 = 0.4485 億元
    expect(s.base.gdp).toBeCloseTo(0.4485, 12)
    // 10 億美元 at 8 CNY/USD = 80 億元
    expect(s.base.foreign_capital).toBeCloseTo(80, 10)
    // 110 萬元/畝 = 110e4 yuan × 1500 mu/km² = 1.65e9 yuan/km² = 16.5 億元/km²
    expect(s.model.investmentIntensity).toBeCloseTo(16.5, 9)
    // 3000 mu / 1500 = 2 km²
    expect(s.model.land?.serviced).toBeCloseTo(2, 12)
  })

  it('keeps distributions, realised at their central value', () => {
    const s = loadScenario(minimal + 'model: {capital_output_ratio: {dist: triangular, min: 3, mode: 4, max: 6}}\n', 'x.yaml')
    const d = s.model.capitalOutputRatio
    expect(d).toBeInstanceOf(Distribution)
    expect((d as Distribution).path).toBe('model.capitalOutputRatio')
    expect(realiseScenario(s).model.capitalOutputRatio).toBe(4)
  })

  it('names an unknown key with its line, column and a did-you-mean', () => {
    expect(errorsOf(minimal + 'bsae: {gdp: 1}\n')).toEqual(['x.yaml:3:1 bsae: unknown key "bsae"; did you mean "base"?'])
  })

  it('names an unknown series in plan', () => {
    expect(errorsOf(minimal + 'plan:\n  gpd: {growth: 0.1}\n')).toEqual(['x.yaml:4:3 plan.gpd: unknown series "gpd"; did you mean "gdp"? (a new series is declared under series:)'])
  })

  it('rejects a unit of the wrong dimension', () => {
    const [msg] = errorsOf(minimal + 'base: {gdp: "20 km2"}\n')
    expect(msg).toMatch(/^x\.yaml:3:13 base\.gdp: /)
    expect(msg).toMatch(/area/)
  })

  it('rejects an end year before the base year', () => {
    expect(errorsOf('id: t\nyears: {base: 2010, end: 2005}\n')[0]).toMatch(/^x\.yaml:2:26 years\.end: end year 2005 is not after the base year 2010/)
  })

  it('suggests the right target kind', () => {
    const [msg] = errorsOf(minimal + 'base: {gdp: 1}\ntargets:\n  - {id: a, kind: cgar, series: gdp, from: 2005, to: 2010, min: 0.1}\n')
    expect(msg).toBe('x.yaml:5:19 targets[0].kind: unknown target kind "cgar"; did you mean "cagr"?')
  })

  it('reports every problem at once, in file order', () => {
    const msgs = errorsOf('id: t\nyears: {base: 2005, end: 2010}\nbase: {gdp: -1}\ninflation: "abc"\n')
    expect(msgs).toHaveLength(2)
    expect(msgs[0]).toMatch(/^x\.yaml:3:13 base\.gdp: -1 is below 0/)
    expect(msgs[1]).toMatch(/^x\.yaml:4:12 inflation: /)
  })
})
