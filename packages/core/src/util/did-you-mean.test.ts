import { describe, expect, it } from 'vitest'
import { didYouMean, didYouMeanSuffix, suggest } from './did-you-mean'

describe('didYouMean', () => {
  const units = ['yuan', 'wanyuan', 'yiyuan', 'km2', 'mu', '萬元']
  it('finds the name a typo was meant to be', () => {
    expect(didYouMean('wanyaun', units)).toBe('wanyuan') // a swap: 2 edits of 7 letters
    expect(didYouMean('km', units)).toBe('km2') // 1 edit of 2
    expect(didYouMean('萬圓', units)).toBe('萬元') // 1 edit of 2
  })

  it('suggests nothing when no name is close', () => {
    expect(didYouMean('kg', units)).toBeUndefined() // 2 edits of 2 letters: a different word
    expect(didYouMean('xyzzy', units)).toBeUndefined()
    expect(didYouMean('', units)).toBeUndefined()
    expect(didYouMean('yuan', [])).toBeUndefined()
  })

  it('formats the message tail', () => {
    expect(didYouMeanSuffix('cgar', ['cagr', 'at'])).toBe(' (did you mean "cagr"?)')
    expect(didYouMeanSuffix('zzz', ['cagr', 'at'])).toBe('')
  })

  it('lists the allowed words when nothing is close', () => {
    expect(suggest('cgar', ['cagr', 'level'])).toBe('did you mean "cagr"?')
    expect(suggest('zzz', ['cagr', 'level'])).toBe('expected one of "cagr", "level"')
  })
})
