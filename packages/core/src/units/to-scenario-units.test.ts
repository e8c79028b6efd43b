import { describe, expect, it } from 'vitest'
import { toScenarioUnits } from './to-scenario-units'
import type { QuantityKind, UnitContext } from './to-scenario-units'
import { UnitError } from './unit-error'

const YI: UnitContext = { money: 'yiyuan' }
/** A round rate keeps hand calculations exact. */
const YI_AT_8: UnitContext = { money: 'yiyuan', exchangeRate: 8 }

/** Relative closeness, for results that pass through a non-terminating binary fraction. */
function expectRel(actual: number, expected: number, tol = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected))
}

/** Runs `f`, expecting a UnitError, and returns it. */
function unitError(f: () => unknown): UnitError {
  try {
    f()
  } catch (err) {
    expect(err).toBeInstanceOf(UnitError)
    return err as UnitError
  }
  throw new Error('expected a UnitError')
}

describe('toScenarioUnits: money, every Chinese money unit, into 億元 (yiyuan)', () => {
  it.each([
    ['250 yuan', 2.5e-6], // 250 yuan / 1e8 = 2.5e-6 億元
    ['250 元', 2.5e-6], // same as above
    ['3 wanyuan', 3e-4], // 3 × 1e4 yuan = 3e4 yuan = 3e-4 億元
    ['3 萬元', 3e-4], // traditional 萬元 = wanyuan
    ['3 万元', 3e-4], // simplified 万元 = wanyuan
    ['12.5 yiyuan', 12.5], // already 億元
    ['12.5 億元', 12.5], // traditional
    ['12.5 亿元', 12.5], // simplified
    ['0.5 wanyiyuan', 5000], // 0.5 × 1e12 yuan = 5e11 yuan = 5000 億元
    ['0.5 萬億元', 5000], // traditional 萬億元 = 1e12 yuan
    ['0.5 万亿元', 5000] // simplified
  ])('%s = %s 億元', (text, expected) => {
    expect(toScenarioUnits(text, 'money', YI)).toBe(expected)
  })

  it('converts into the scenario money unit, whatever it is', () => {
    // 16 億元 = 16e8 yuan = 160,000 萬元
    expect(toScenarioUnits('16億元', 'money', { money: 'wanyuan' })).toBe(160000)
    // 3 萬元 = 30,000 元
    expect(toScenarioUnits('3 萬元', 'money', { money: '元' })).toBe(30000)
    // 2 万亿元 = 2e12 yuan = 20,000 亿元
    expect(toScenarioUnits('2 万亿元', 'money', { money: '亿元' })).toBe(20000)
    // 20 yiyuan = 2e9 yuan = 0.002 萬億元
    expectRel(toScenarioUnits('20 yiyuan', 'money', { money: 'wanyiyuan' }), 0.002)
  })

  it('reads Chinese units without a space and ASCII ones with any spacing', () => {
    expect(toScenarioUnits('16億元', 'money', YI)).toBe(16) // 16 億元
    expect(toScenarioUnits('  16   yiyuan ', 'money', YI)).toBe(16)
    expect(toScenarioUnits('16yiyuan', 'money', YI)).toBe(16)
  })

  it('allows thousands separators in groups of three', () => {
    // 2,485 萬元 = 2.485e7 yuan = 0.2485 億元
    expect(toScenarioUnits('2,485 wanyuan', 'money', YI)).toBe(0.2485)
    // 1,234,567.5 yuan = 1234567.5 / 1e8 億元
    expectRel(toScenarioUnits('1,234,567.5 yuan', 'money', YI), 0.012345675)
    const err = unitError(() => toScenarioUnits('2,48 wanyuan', 'money', YI))
    expect(err.message).toBe('"2,48 wanyuan" has a misplaced thousands separator')
    expect(() => toScenarioUnits('1,2345 yuan', 'money', YI)).toThrow(UnitError)
  })

  it('takes bare numbers and bare numeric strings as already in the scenario unit', () => {
    expect(toScenarioUnits(1227.79, 'money', YI)).toBe(1227.79)
    expect(toScenarioUnits('1227.79', 'money', YI)).toBe(1227.79)
    expect(toScenarioUnits(-40, 'money', YI)).toBe(-40)
    expect(toScenarioUnits('1e3', 'money', YI)).toBe(1000)
  })
})

describe('toScenarioUnits: US dollars', () => {
  it.each([
    ['100 usd', 8e-6], // 100 USD × 8 = 800 yuan = 8e-6 億元
    ['100 美元', 8e-6], // 美元 = usd
    ['5 wanusd', 0.004], // 5e4 USD × 8 = 4e5 yuan = 0.004 億元
    ['5 萬美元', 0.004], // traditional 萬美元 = wanusd
    ['5 万美元', 0.004], // simplified
    ['2 yiusd', 16], // 2e8 USD × 8 = 1.6e9 yuan = 16 億元
    ['2 億美元', 16], // traditional 億美元 = yiusd
    ['2 亿美元', 16] // simplified
  ])('%s at 8 CNY/USD = %s 億元', (text, expected) => {
    expectRel(toScenarioUnits(text, 'money', YI_AT_8), expected)
  })

  it('converts at the scenario exchange rate', () => {
    // 5377 萬美元 × 8.19 = 5.377e7 × 8.19 = 440,376,300 yuan = 4.403763 億元
    expectRel(toScenarioUnits('5377 wanusd', 'money', { money: 'yiyuan', exchangeRate: 8.19 }), 4.403763)
    // 10 萬美元/畝 × 8 = 8e5 yuan per 1/1500 km² = 1.2e9 yuan/km² = 12 億元/km²
    expectRel(toScenarioUnits('10 wanusd/mu', 'moneyPerArea', YI_AT_8), 12)
    // 50 USD/m² × 8 = 400 yuan/m² = 4e8 yuan/km² = 4 億元/km²
    expectRel(toScenarioUnits('50 usd/m2', 'moneyPerArea', YI_AT_8), 4)
  })

  it('says exchange_rate must be set when it is missing', () => {
    const err = unitError(() => toScenarioUnits('5377 wanusd', 'money', YI))
    expect(err.message).toBe('"5377 wanusd" is in US dollars, so exchange_rate (CNY per USD) must be set at the top of the scenario')
    expect(err.hint).toContain('exchange_rate:')
    expect(() => toScenarioUnits('10 萬美元/畝', 'moneyPerArea', YI)).toThrow(/exchange_rate \(CNY per USD\) must be set/)
    // yuan amounts need no rate
    expect(toScenarioUnits('3 wanyuan', 'money', YI)).toBe(3e-4)
  })

  it('rejects an exchange rate that is not a positive number', () => {
    for (const exchangeRate of [0, -8, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => toScenarioUnits('1 usd', 'money', { money: 'yiyuan', exchangeRate })).toThrow(/exchange_rate .* is not a positive number of CNY per USD/)
    }
  })
})

describe('toScenarioUnits: areas, into km²', () => {
  it.each([
    ['20 km2', 20], // already km²
    ['139 平方公里', 139], // 平方公里 = km²
    ['4500 mu', 3], // 4500 mu / 1500 mu per km² = 3 km²
    ['1500 畝', 1], // traditional 畝 = mu
    ['1500 亩', 1], // simplified 亩 = mu
    ['250 ha', 2.5], // 250 ha / 100 ha per km² = 2.5 km²
    ['250 公頃', 2.5], // traditional 公頃 = ha
    ['250 公顷', 2.5], // simplified 公顷 = ha
    ['500000 m2', 0.5], // 5e5 m² / 1e6 m² per km² = 0.5 km²
    ['500000 平方米', 0.5] // 平方米 = m²
  ])('%s = %s km²', (text, expected) => {
    expect(toScenarioUnits(text, 'area', YI)).toBe(expected)
  })

  it('keeps mu conversions exact: n × 1500 mu is exactly n km²', () => {
    for (let n = 1; n <= 2000; n++) expect(toScenarioUnits(`${n * 1500} mu`, 'area', YI)).toBe(n)
    // 1 mu = 1/1500 km², one division
    expect(toScenarioUnits('1 mu', 'area', YI)).toBe(1 / 1500)
  })
})

describe('toScenarioUnits: money per area, into 億元 per km²', () => {
  it.each([
    ['110 wanyuan/mu', 16.5], // 110 萬元/畝 = 110e4 yuan per (1/1500 km²) = 1.65e9 yuan/km² = 16.5 億元/km²
    ['110 萬元/畝', 16.5], // traditional
    ['110 万元/亩', 16.5], // simplified
    ['110萬元/畝', 16.5], // no space
    ['110 wanyuan / mu', 16.5], // spaces around the slash
    ['1.2 yiyuan/km2', 1.2], // already 億元/km²
    ['1.2 億元/平方公里', 1.2], // traditional
    ['300 yuan/m2', 3], // 300 yuan/m² × 1e6 m²/km² = 3e8 yuan/km² = 3 億元/km²
    ['3 亿元/公顷', 300], // 3e8 yuan/ha × 100 ha/km² = 3e10 yuan/km² = 300 億元/km²
    ['3 億元/公頃', 300], // traditional
    ['0.002 wanyiyuan/km2', 20], // 0.002 × 1e12 yuan/km² = 2e9 yuan/km² = 20 億元/km²
    ['2 元/平方米', 0.02] // 2 yuan/m² = 2e6 yuan/km² = 0.02 億元/km²
  ])('%s = %s 億元/km²', (text, expected) => {
    expectRel(toScenarioUnits(text, 'moneyPerArea', YI), expected)
  })

  it('converts into the scenario money unit per km²', () => {
    // 110 萬元/畝 = 1.65e9 yuan/km² = 165,000 萬元/km²
    expect(toScenarioUnits('110 萬元/畝', 'moneyPerArea', { money: 'wanyuan' })).toBe(165000)
    // a bare number is already 億元 per km²
    expect(toScenarioUnits(1.2, 'moneyPerArea', YI)).toBe(1.2)
  })
})

describe('toScenarioUnits: ratios and counts', () => {
  it('reads percentages as fractions', () => {
    expect(toScenarioUnits('21%', 'ratio', YI)).toBe(0.21) // 21 / 100
    expect(toScenarioUnits('21 %', 'ratio', YI)).toBe(0.21)
    expect(toScenarioUnits('21％', 'ratio', YI)).toBe(0.21) // full-width percent sign
    expect(toScenarioUnits('-5%', 'ratio', YI)).toBe(-0.05)
    expect(toScenarioUnits('23.7%', 'ratio', YI)).toBeCloseTo(0.237, 15)
  })

  it('reads bare numeric strings and numbers as they are', () => {
    expect(toScenarioUnits('0.21', 'ratio', YI)).toBe(0.21)
    expect(toScenarioUnits(0.21, 'ratio', YI)).toBe(0.21)
    expect(toScenarioUnits('12', 'count', YI)).toBe(12)
    expect(toScenarioUnits(12, 'count', YI)).toBe(12)
  })

  it('rejects a percentage where it is not a ratio', () => {
    const err = unitError(() => toScenarioUnits('21%', 'money', YI))
    expect(err.message).toBe('"21%" is a percentage, but a money amount is expected here')
    expect(() => toScenarioUnits('21%', 'count', YI)).toThrow('"21%" is a percentage, but a count is expected here')
  })
})

describe('toScenarioUnits: wrong dimensions', () => {
  const cases: [string, QuantityKind, string, RegExp][] = [
    ['20 km2', 'money', '"20 km2" is an area, but a money amount is expected here', /^write it in money, e\.g\. "20 yiyuan"$/],
    ['110 wanyuan/mu', 'money', '"110 wanyuan/mu" is money per area, but a money amount is expected here', /in money/],
    ['20 yiyuan', 'area', '"20 yiyuan" is a money amount, but an area is expected here', /"20 km2"/],
    ['5 wanusd', 'area', '"5 wanusd" is a money amount, but an area is expected here', /as an area/],
    ['20 yiyuan', 'moneyPerArea', '"20 yiyuan" is a money amount, but money per area is expected here', /"110 wanyuan\/mu"/],
    ['20 km2', 'moneyPerArea', '"20 km2" is an area, but money per area is expected here', /money per area/],
    ['20 yiyuan', 'ratio', '"20 yiyuan" is a money amount, but a ratio is expected here', /"21%"/],
    ['20 畝', 'count', '"20 畝" is an area, but a count is expected here', /plain number/],
    ['3 yuan^2', 'money', '"3 yuan^2" is not money, area or money per area, but a money amount is expected here', /in money/],
    ['3 km2/yuan', 'moneyPerArea', '"3 km2/yuan" is not money, area or money per area, but money per area is expected here', /money per area/]
  ]
  it.each(cases)('%s as %s', (text, kind, message, hint) => {
    const err = unitError(() => toScenarioUnits(text, kind, YI_AT_8))
    expect(err.message).toBe(message)
    expect(err.hint).toMatch(hint)
  })

  it('accepts a dimensionless ratio of units as a ratio', () => {
    // 300 mu / 1 km2 = 300/1500 = 0.2
    expect(toScenarioUnits('300 mu/km2', 'ratio', YI)).toBe(0.2)
  })
})

describe('toScenarioUnits: unknown units and unreadable values', () => {
  it.each([
    ['5 wanyaun', 'unknown unit "wanyaun" (did you mean "wanyuan"?)'],
    ['5 yiyaun', 'unknown unit "yiyaun" (did you mean "yiyuan"?)'],
    ['110 wanyuan/muu', 'unknown unit "muu" (did you mean "mu"?)'],
    ['20 km', 'unknown unit "km" (did you mean "km2"?)'],
    ['3 萬圓', 'unknown unit "萬圓" (did you mean "萬元"?)'],
    ['5 wanusb', 'unknown unit "wanusb" (did you mean "wanusd"?)'],
    ['5 kg', 'unknown unit "kg"'],
    ['5 acre', 'unknown unit "acre"']
  ])('%s', (text, message) => {
    const err = unitError(() => toScenarioUnits(text, 'money', YI))
    expect(err.message).toBe(message)
    expect(err.hint).toMatch(/^known units: yuan, wanyuan/)
  })

  it.each([
    ['abc', '"abc" is not a number or a quantity such as "110 wanyuan/mu"'],
    ['wanyuan', '"wanyuan" is not a number or a quantity such as "110 wanyuan/mu"'],
    ['', 'empty value'],
    ['   ', 'empty value'],
    ['5 wanyuan//mu', 'cannot read the unit "wanyuan//mu" in "5 wanyuan//mu"'],
    ['5 (wanyuan', 'cannot read the unit "(wanyuan" in "5 (wanyuan"'],
    ['5 wanyuan/', 'cannot read the unit "wanyuan/" in "5 wanyuan/"']
  ])('%j', (text, message) => {
    expect(unitError(() => toScenarioUnits(text, 'money', YI)).message).toBe(message)
  })

  it('rejects NaN, infinities and results too large to hold', () => {
    expect(unitError(() => toScenarioUnits(Number.NaN, 'money', YI)).message).toBe('"NaN" is not a finite number')
    expect(() => toScenarioUnits(Number.POSITIVE_INFINITY, 'area', YI)).toThrow('"Infinity" is not a finite number')
    expect(() => toScenarioUnits('1e400 yuan', 'money', YI)).toThrow('"1e400 yuan" is not a finite number')
    // 1e300 × 1e12 yuan overflows a double
    expect(() => toScenarioUnits('1e300 wanyiyuan', 'money', { money: 'yuan' })).toThrow(UnitError)
  })

  it('rejects values that are neither numbers nor strings', () => {
    expect(() => toScenarioUnits(null as unknown as string, 'money', YI)).toThrow('null is not a number or a quantity such as "110 wanyuan/mu"')
    expect(() => toScenarioUnits({} as unknown as string, 'money', YI)).toThrow('an object is not a number')
  })

  it('rejects a scenario money unit that is not a yuan unit', () => {
    expect(unitError(() => toScenarioUnits(1, 'money', { money: 'yiyaun' })).message).toBe('unknown money unit "yiyaun" (did you mean "yiyuan"?)')
    expect(() => toScenarioUnits('1 yuan', 'money', { money: 'usd' })).toThrow('money unit "usd" is in US dollars, but money is held in yuan')
  })

  it('never lets a mathjs message through, and words every message the house way', () => {
    const bad = ['5 wanyuan//mu', '5 (wanyuan', '5 wanyuan)', '5 wanyuan^', '5 wanyuan^x', '5 wanyuan*', '5 mu^mu', '5 yuan/(mu', '5 ^2']
    for (const text of bad) {
      const err = unitError(() => toScenarioUnits(text, 'money', YI))
      expect(err.message).not.toMatch(/not found|SyntaxError|Unexpected|Could not parse|Trailing characters|Unmatched/)
      expect(err.message).toMatch(/^[a-z"]/)
      expect(err.message).not.toMatch(/\.$/)
    }
  })
})
