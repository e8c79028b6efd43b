import { describe, expect, it } from 'vitest'
import { readQuantity } from './read-quantity'
import { UnitError } from './unit-error'

describe('readQuantity', () => {
  it('splits the number from its unit', () => {
    expect(readQuantity('110 wanyuan/mu')).toEqual({ value: 110, unit: 'wanyuan/mu', percent: false })
    expect(readQuantity('16億元')).toEqual({ value: 16, unit: '億元', percent: false })
    expect(readQuantity(' -2.5e3  km2 ')).toEqual({ value: -2500, unit: 'km2', percent: false })
    expect(readQuantity('.5 mu')).toEqual({ value: 0.5, unit: 'mu', percent: false })
    expect(readQuantity('0.21')).toEqual({ value: 0.21, unit: '', percent: false })
  })

  it('collapses whitespace inside the unit', () => {
    expect(readQuantity('110 wanyuan  /\tmu').unit).toBe('wanyuan / mu')
  })

  it('removes thousands separators in groups of three', () => {
    expect(readQuantity('2,485 wanyuan').value).toBe(2485)
    expect(readQuantity('12,345,678.25 yuan').value).toBe(12345678.25)
    expect(() => readQuantity('12,34 yuan')).toThrow('"12,34 yuan" has a misplaced thousands separator')
    expect(() => readQuantity('1,2345 yuan')).toThrow(UnitError)
  })

  it('marks percentages', () => {
    expect(readQuantity('21%')).toEqual({ value: 21, unit: '%', percent: true })
    expect(readQuantity('21 ％').percent).toBe(true)
  })

  it('rejects text that does not start with a number', () => {
    expect(() => readQuantity('abc')).toThrow('"abc" is not a number or a quantity such as "110 wanyuan/mu"')
    expect(() => readQuantity('')).toThrow('empty value')
    expect(() => readQuantity('e5 yuan')).toThrow(UnitError)
  })
})
