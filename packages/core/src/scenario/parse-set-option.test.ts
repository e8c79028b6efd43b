import { describe, expect, it } from 'vitest'
import { parseSetOption } from './parse-set-option'

describe('parseSetOption', () => {
  it('reads numbers, quantities, null and flow maps as YAML does', () => {
    expect(parseSetOption('model.capital_output_ratio=4')).toEqual({ path: 'model.capital_output_ratio', value: 4, origin: { kind: 'command-line', text: '--set model.capital_output_ratio=4' } })
    expect(parseSetOption('model.investment_intensity=110 wanyuan/mu').value).toBe('110 wanyuan/mu')
    expect(parseSetOption('model.tax.holiday=null').value).toBeNull()
    expect(parseSetOption('model.capital_output_ratio={dist: uniform, min: 3, max: 6}').value).toEqual({ dist: 'uniform', min: 3, max: 6 })
    // only the first "=" separates
    expect(parseSetOption('id=a=b').value).toBe('a=b')
  })

  it('refuses a missing "=", path or value, and a value that is not YAML', () => {
    expect(() => parseSetOption('model.x')).toThrow('--set model.x: no "=" between the key path and the value')
    expect(() => parseSetOption('=4')).toThrow(/no key path/)
    expect(() => parseSetOption('model.x=')).toThrow(/no value after "="/)
    expect(() => parseSetOption('model.x={a: 1')).toThrow(/not a YAML value/)
  })
})
