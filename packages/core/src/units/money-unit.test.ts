import { describe, expect, it } from 'vitest'
import { isMoneyUnit, moneyUnitFactor } from './money-unit'
import { UnitError } from './unit-error'

describe('isMoneyUnit', () => {
  it('accepts every yuan unit, ASCII and Chinese in both scripts', () => {
    for (const name of ['yuan', 'wanyuan', 'yiyuan', 'wanyiyuan', '元', '萬元', '万元', '億元', '亿元', '萬億元', '万亿元']) {
      expect(isMoneyUnit(name)).toBe(true)
    }
  })

  it('rejects dollar units, areas and unknown names', () => {
    for (const name of ['usd', 'wanusd', 'yiusd', '美元', '萬美元', 'km2', 'mu', 'yi_yuan', 'Yiyuan', '', 'constructor', '__proto__']) {
      expect(isMoneyUnit(name)).toBe(false)
    }
  })
})

describe('moneyUnitFactor', () => {
  it.each([
    ['yuan', 1],
    ['元', 1],
    ['wanyuan', 1e4], // 萬 = ten thousand
    ['萬元', 1e4],
    ['万元', 1e4],
    ['yiyuan', 1e8], // 億 = a hundred million
    ['億元', 1e8],
    ['亿元', 1e8],
    ['wanyiyuan', 1e12], // 萬億 = ten thousand × a hundred million
    ['萬億元', 1e12],
    ['万亿元', 1e12]
  ])('%s = %s yuan', (name, yuan) => {
    expect(moneyUnitFactor(name)).toBe(yuan)
  })

  it('throws a UnitError with a did-you-mean for a misspelt name', () => {
    expect(() => moneyUnitFactor('wanyaun')).toThrow(UnitError)
    expect(() => moneyUnitFactor('wanyaun')).toThrow('unknown money unit "wanyaun" (did you mean "wanyuan"?)')
    expect(() => moneyUnitFactor('yiusd')).toThrow('money unit "yiusd" is in US dollars, but money is held in yuan')
  })
})
