import { describe, expect, it } from 'vitest'
import { chartCharacters } from './chart-characters'

const text = (codes: number[]): string => String.fromCodePoint(...codes)

describe('chartCharacters', () => {
  it('lists each character of the file once, in code point order', () => {
    expect(text(chartCharacters('<text>億元 GDP 億</text>'))).toBe(' /<>DGPetx億元')
  })

  it('adds the characters of numeric references, decimal and hexadecimal', () => {
    // &#20740; and &#x5143; are 億 and 元 (U+5104, U+5143)
    expect(chartCharacters('&#20740;&#x5143;')).toEqual(expect.arrayContaining([0x5104, 0x5143]))
  })

  it('keeps characters beyond the Basic Multilingual Plane whole', () => {
    // 𠀀 is U+20000, one code point in two UTF-16 units
    expect(chartCharacters('𠀀')).toEqual([0x20000])
  })
})
