import { describe, expect, it } from 'vitest'
import { meetsBounds, TARGET_RELATIVE_TOLERANCE } from './tolerance'

describe('meetsBounds', () => {
  it('is relative 1e-9 (MODEL.md §5)', () => {
    expect(TARGET_RELATIVE_TOLERANCE).toBe(1e-9)
  })
  it('forgives rounding below a min and above a max', () => {
    expect(meetsBounds(0.21 - 1e-12, { min: 0.21 })).toBe(true)
    expect(meetsBounds(0.21 + 1e-12, { max: 0.21 })).toBe(true)
  })
  it('misses 1e-6 off', () => {
    expect(meetsBounds(0.21 - 1e-6, { min: 0.21 })).toBe(false)
    expect(meetsBounds(0.21 + 1e-6, { max: 0.21 })).toBe(false)
  })
  it('scales with the bound', () => {
    // 1e6 − 1e-4 is 1e-10 below relative: inside; 1e6 − 1e-2 is 1e-8 below: outside
    expect(meetsBounds(1e6 - 1e-4, { min: 1e6 })).toBe(true)
    expect(meetsBounds(1e6 - 1e-2, { min: 1e6 })).toBe(false)
    // a bound of 0 has no slack
    expect(meetsBounds(-1e-15, { min: 0 })).toBe(false)
  })
  it('needs both bounds when both are given', () => {
    expect(meetsBounds(0.5, { min: 0.4, max: 0.6 })).toBe(true)
    expect(meetsBounds(0.7, { min: 0.4, max: 0.6 })).toBe(false)
    expect(meetsBounds(0.3, { min: 0.4, max: 0.6 })).toBe(false)
  })
  it('never meets a missing or non-finite value', () => {
    expect(meetsBounds(null, { min: 0 })).toBe(false)
    expect(meetsBounds(Number.NaN, { max: 1 })).toBe(false)
    expect(meetsBounds(Number.POSITIVE_INFINITY, { min: 0 })).toBe(false)
  })
})
