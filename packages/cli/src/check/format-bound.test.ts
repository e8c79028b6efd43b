import { describe, expect, it } from 'vitest'
import { formatBound } from './format-bound'

describe('formatBound', () => {
  it('writes a lower bound, an upper bound, or both', () => {
    expect(formatBound({ kind: 'cagr', min: 0.21 })).toBe('≥ 21.0%')
    expect(formatBound({ kind: 'level', min: 1680 })).toBe('≥ 1,680')
    expect(formatBound({ kind: 'ratio', max: 1 })).toBe('≤ 1')
    expect(formatBound({ kind: 'ratio', min: 2.5, max: 7 })).toBe('≥ 2.5, ≤ 7')
  })

  it('writes an en dash for a target without bounds', () => {
    expect(formatBound({ kind: 'expr' })).toBe('–')
  })
})
