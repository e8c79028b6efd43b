import { describe, expect, it } from 'vitest'
import { checkFixture, passingCheckFixture } from '../test-support/check-fixture'
import { checkExitCode } from './check-exit-code'

describe('checkExitCode', () => {
  it('is 1 when the result is not ok, strict or not', () => {
    expect(checkExitCode(checkFixture(), false)).toBe(1)
    expect(checkExitCode(checkFixture(), true)).toBe(1)
  })

  it('is 0 when ok, with only info findings even under --strict', () => {
    expect(checkExitCode(passingCheckFixture(), false)).toBe(0)
    expect(checkExitCode(passingCheckFixture(), true)).toBe(0)
  })

  it('is 1 under --strict when ok but a finding is a warning', () => {
    const warned = { ...passingCheckFixture(), findings: checkFixture().findings }
    expect(checkExitCode(warned, false)).toBe(0)
    expect(checkExitCode(warned, true)).toBe(1)
  })
})
