import { describe, expect, it } from 'vitest'
import { fakeIo } from '../test-support/fake-io'
import { buildParser, commands } from './build-parser'
import { UsageError } from './usage-error'

/**
 * Parses a command line with the real builders but handlers that only record what they were
 * given: argument parsing apart from command logic.
 */
async function parse(args: string[]): Promise<{ command?: string; argv?: Record<string, unknown>; code?: number; shortLived?: boolean }> {
  const seen: { command?: string; argv?: Record<string, unknown>; code?: number; shortLived?: boolean } = { shortLived: false }
  const recording = commands.map((c) => ({
    ...c,
    handler: async (argv: Record<string, unknown>) => {
      seen.command = c.command
      seen.argv = argv
      return 7
    }
  }))
  await buildParser(args, { io: fakeIo(), commands: recording, onExitCode: (code) => (seen.code = code), onShortLived: () => (seen.shortLived = true) }).parseAsync()
  return seen
}

// the UsageError a command line is refused with
async function refusal(args: string[]): Promise<UsageError> {
  const err = await parse(args).catch((e: unknown) => e)
  if (err instanceof UsageError) return err
  throw new Error(`expected a usage error, got ${String(err)}`)
}

describe('command line', () => {
  it('parses run with its options and the global ones', async () => {
    const seen = await parse(['run', 'x.yaml', '--format', 'csv', '--out', 'dir', '--lang', 'zh', '--quiet'])
    expect(seen.command).toBe('run <file>')
    expect(seen.argv).toMatchObject({ file: 'x.yaml', format: 'csv', out: 'dir', lang: 'zh', quiet: true })
    // the handler's resolved value is the exit code
    expect(seen.code).toBe(7)
  })

  it('defaults --lang to en and leaves --format unset', async () => {
    const seen = await parse(['run', '-'])
    expect(seen.argv).toMatchObject({ file: '-', lang: 'en' })
    expect(seen.argv?.format).toBeUndefined()
  })

  it('keeps - as FILE (yargs alone turns it into an empty string)', async () => {
    expect((await parse(['check', '-', '--strict'])).argv).toMatchObject({ file: '-', strict: true })
    expect((await parse(['run', '--out', 'o', '-'])).argv).toMatchObject({ file: '-', out: 'o' })
    expect((await refusal(['check', '-', '-'])).message).toBe('unexpected argument "-"')
  })

  it('says which command lines are short (main.ts then runs them without the optimising compiler)', async () => {
    // one model run: check, run, compare, init
    for (const args of [['check', 'x.yaml'], ['--lang', 'zh', 'run', 'x.yaml'], ['compare', 'a.yaml', 'b.yaml'], ['init']]) expect((await parse(args)).shortLived, args.join(' ')).toBe(true)
    // draws, lever values or a chart: loops the optimising compiler pays for
    for (const args of [['check', 'x.yaml', '--draws', '2000'], ['simulate', 'x.yaml', '--draws', '10'], ['sweep', 'x.yaml', '--lever', 'a', '--lever', 'b'], ['chart', 'x.yaml', '--kind', 'land', '--out', 'x.svg'], ['report', 'x.yaml', '--out', 'r.md']]) {
      expect((await parse(args)).shortLived, args.join(' ')).toBe(false)
    }
  })

  it('takes global options before the command', async () => {
    const seen = await parse(['--json', '--lang', 'zh', 'check', 'x.yaml', '--strict'])
    expect(seen.command).toBe('check <file>')
    expect(seen.argv).toMatchObject({ file: 'x.yaml', json: true, lang: 'zh', strict: true })
  })

  it('refuses an unknown option', async () => {
    const err = await refusal(['run', 'x.yaml', '--fromat', 'csv'])
    expect(err.message).toBe('unknown option --fromat; did you mean --format?')
    expect(err.exitCode).toBe(2)
  })

  it('refuses an unknown command with a suggestion', async () => {
    expect((await refusal(['rnu', 'x.yaml'])).message).toBe('unknown command "rnu"; did you mean "run"?')
    expect((await refusal(['--lang', 'zh', 'chek', 'x.yaml'])).message).toBe('unknown command "chek"; did you mean "check"?')
  })

  it('refuses an unknown command without one', async () => {
    expect((await refusal(['xyzzy'])).message).toBe('unknown command "xyzzy"; the commands are run, check, simulate, compare, tornado, sweep, solve, chart, report, calibrate, init')
  })

  it('refuses a bad --format or --lang choice', async () => {
    expect((await refusal(['run', 'x.yaml', '--format', 'xml'])).message).toBe('--format cannot be "xml"; choose one of "table", "csv", "json", "md"')
    expect((await refusal(['check', 'x.yaml', '--lang', 'fr'])).message).toBe('--lang cannot be "fr"; choose one of "en", "zh"')
  })

  it('refuses a missing FILE', async () => {
    expect((await refusal(['run'])).message).toBe('missing FILE; usage: zonecast run FILE')
    expect((await refusal(['check', '--strict'])).message).toBe('missing FILE; usage: zonecast check FILE')
  })

  it('refuses a missing command', async () => {
    expect((await refusal([])).message).toBe('no command given; the commands are run, check, simulate, compare, tornado, sweep, solve, chart, report, calibrate, init')
  })

  it('refuses an option without its value, or given twice', async () => {
    expect((await refusal(['run', 'x.yaml', '--out'])).message).toBe('--out needs a value')
    expect((await refusal(['run', 'x.yaml', '--lang', 'en', '--lang', 'zh'])).message).toBe('--lang is given 2 times; give it once')
  })

  it('refuses an extra argument', async () => {
    expect((await refusal(['check', 'a.yaml', 'b.yaml'])).message).toBe('unexpected argument "b.yaml"')
  })

  it('passes a command’s own error through untouched', async () => {
    const boom = new RangeError('boom')
    const failing = commands.map((c) => ({ ...c, handler: async () => Promise.reject(boom) }))
    const parser = buildParser(['run', 'x.yaml'], { io: fakeIo(), commands: failing, onExitCode: () => undefined })
    await expect(parser.parseAsync()).rejects.toBe(boom)
  })
})

describe('knownOptions', () => {
  it('lists every option the commands show in --help', async () => {
    const { knownOptions } = await import('./known-options')
    const { spawnSync } = await import('node:child_process')
    const bin = new URL('../../bin/zonecast.js', import.meta.url).pathname
    for (const command of ['run', 'check', 'simulate', 'compare', 'tornado', 'sweep', 'solve', 'chart', 'calibrate']) {
      const help = spawnSync(process.execPath, [bin, command, '--help'], { encoding: 'utf8' }).stdout
      const shown = [...help.matchAll(/^\s+--([a-z][a-z-]*)/gm)].map((m) => m[1])
      expect(shown.length).toBeGreaterThan(3)
      for (const option of shown) expect(knownOptions).toContain(option)
    }
  })
})
