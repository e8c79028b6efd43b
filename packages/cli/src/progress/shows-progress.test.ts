import { describe, expect, it } from 'vitest'
import { fakeIo } from '../test-support/fake-io'
import { showsProgress } from './shows-progress'

describe('showsProgress', () => {
  const terminal = { ...fakeIo(), isTerminal: true }

  it('shows a bar to a person at a terminal', () => {
    expect(showsProgress(terminal, { lang: 'en' })).toBe(true)
  })

  it('shows none when an output is not a terminal, with --json or with --quiet', () => {
    expect(showsProgress(fakeIo(), { lang: 'en' })).toBe(false)
    expect(showsProgress(terminal, { lang: 'en', json: true })).toBe(false)
    expect(showsProgress(terminal, { lang: 'en', quiet: true })).toBe(false)
  })
})
