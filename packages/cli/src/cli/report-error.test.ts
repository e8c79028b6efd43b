import { InputError } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { fakeIo } from '../test-support/fake-io'
import { CliError } from './cli-error'
import { reportError } from './report-error'
import { UsageError } from './usage-error'

describe('reportError', () => {
  it('prints a usage error with a pointer to --help, exit 2', async () => {
    const io = fakeIo()
    expect(await reportError(new UsageError('unknown option --fromat'), io, false)).toBe(2)
    expect(io.err).toBe('zonecast: unknown option --fromat\nrun "zonecast --help" for usage\n')
    expect(io.out).toBe('')
  })

  it('prints a CliError line by line with its own exit code', async () => {
    const io = fakeIo()
    const err = new CliError('cannot write "out/x.run.md": it is a folder\nalready written: out/x.run.csv', 2)
    expect(await reportError(err, io, false)).toBe(2)
    expect(io.err).toBe('zonecast: cannot write "out/x.run.md": it is a folder\nzonecast: already written: out/x.run.csv\n')
    expect(await reportError(new CliError('other', 3), fakeIo(), false)).toBe(3)
  })

  it('prints each issue of the core’s InputError with file, line and column, exit 2', async () => {
    const io = fakeIo()
    const err = new InputError([
      { file: 'x.yaml', line: 12, col: 5, path: ['targets', 2, 'kind'], message: 'unknown target kind "cgar"', hint: 'did you mean "cagr"?' },
      { file: 'x.yaml', line: 3, col: 1, path: ['years', 'end'], message: 'end year 2004 is before the base year 2005' }
    ])
    expect(await reportError(err, io, false)).toBe(2)
    expect(io.err).toBe(
      'zonecast: x.yaml:12:5 targets[2].kind: unknown target kind "cgar"; did you mean "cagr"?\n' +
        'zonecast: x.yaml:3:1 years.end: end year 2004 is before the base year 2005\n'
    )
  })

  it('calls anything else an internal error, exit 70, without a stack trace', async () => {
    const io = fakeIo()
    expect(await reportError(new TypeError('x is not a function'), io, false)).toBe(70)
    expect(io.err).toBe('zonecast: internal error: x is not a function\nplease report it with the command and file\n')
    expect(io.err).not.toContain('    at ')
  })

  it('does not mistake an error that only calls itself InputError', async () => {
    const impostor = Object.assign(new Error('looks like input'), { name: 'InputError', issues: [] })
    expect(await reportError(impostor, fakeIo(), false)).toBe(70)
  })

  it('prints the stack with debug on', async () => {
    const io = fakeIo()
    expect(await reportError(new Error('boom'), io, true)).toBe(70)
    expect(io.err).toMatch(/^zonecast: internal error: boom\nplease report it with the command and file\nError: boom\n\s+at /)
  })

  it('reports a thrown non-error', async () => {
    const io = fakeIo()
    expect(await reportError('a string', io, false)).toBe(70)
    expect(io.err).toContain('internal error: a string')
  })
})
