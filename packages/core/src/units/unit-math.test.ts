import type { FactoryFunctionMap } from 'mathjs'
import { describe, expect, it } from 'vitest'
import { parseUnit } from './unit-math'

describe('parseUnit (the mathjs unit system)', () => {
  it('gives money and US dollars their own dimensions, and areas length squared', () => {
    expect(parseUnit('wanyuan/mu')).toEqual({
      parts: [{ name: 'wanyuan', power: 1 }, { name: 'mu', power: -1 }],
      cny: 1,
      usd: 0,
      length: -2,
      other: false
    })
    expect(parseUnit('億美元')).toMatchObject({ cny: 0, usd: 1, length: 0, other: false })
    expect(parseUnit('平方公里')).toMatchObject({ cny: 0, usd: 0, length: 2, other: false })
  })

  it('reads Chinese names as letters', () => {
    expect(parseUnit('萬元/畝')?.parts.map((p) => p.name)).toEqual(['萬元', '畝'])
  })

  it('flags physical dimensions other than length', () => {
    expect(parseUnit('kg')?.other).toBe(true)
  })

  it('returns undefined for what mathjs cannot read', () => {
    expect(parseUnit('wanyuan//mu')).toBeUndefined()
    expect(parseUnit('nosuchunit')).toBeUndefined()
  })
})

describe('the unit system is private to this module', () => {
  it('does not teach other mathjs instances Chinese unit names or money', async () => {
    parseUnit('萬元') // make sure ours is built
    const { create, unitDependencies } = await import('mathjs')
    const other = create({ unitDependencies } as FactoryFunctionMap)
    expect(other.Unit.isValidAlpha('萬')).toBe(false)
    expect(other.Unit.isValuelessUnit('yiyuan')).toBe(false)
  })
})
