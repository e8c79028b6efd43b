/**
 * Property-based fuzzing (fast-check) of the scenario loader and of the whole `check` pipeline on
 * generated scenarios (issue 9, item 3): each either succeeds with finite numbers or fails with
 * an InputError (exit 2) whose every issue is located — never anything else (exit 70, a stack
 * trace, NaN or Infinity in a result).
 *
 * `pnpm test` runs ZONECAST_FUZZ_RUNS cases per property (default below); `pnpm fuzz` runs more.
 * A failure prints fast-check's seed and path: `fc.assert(…, { seed, path })` replays it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check } from '../packages/cli/src/commands/check-command'
import { reportError } from '../packages/cli/src/cli/report-error'
import { fakeIo } from '../packages/cli/src/test-support/fake-io'
import { checkScenario, InputError, loadScenario, realiseScenario, runScenario } from '../packages/core/src/index'
import type { InputIssue } from '../packages/core/src/index'
import { anyScenarioText } from './support/fuzz-scenario'

/** Cases per property in `pnpm test`: about 2 s each on the 2-core reference machine. */
const DEFAULT_RUNS = 150
const RUNS = Number(process.env.ZONECAST_FUZZ_RUNS ?? DEFAULT_RUNS)
/** Time for one property: `pnpm fuzz` with many cases needs more than vitest's default. */
const TIMEOUT_MS = Math.max(20_000, RUNS * 200)
const FILE = 'fuzz.yaml'

/** Messages about the file as a whole, which have no line: the only unlocated issues allowed. */
const WHOLE_FILE = /^(the file is empty|looks like a binary file|the document has more than|and \d+ more problems$)/

/** The path and value of every number in `v` that is NaN or infinite. */
function nonFinite(v: unknown, path = ''): string[] {
  if (typeof v === 'number') return Number.isFinite(v) ? [] : [`${path}=${v}`]
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v as ArrayLike<unknown>).flatMap((x, i) => nonFinite(x, `${path}[${i}]`))
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => nonFinite(x, `${path}.${k}`))
  return []
}

/** An issue names the file and either its line and column, or a key path, or is about the whole file. */
function located(issue: InputIssue): boolean {
  if (issue.commandLine) return true
  if (issue.file !== FILE) return false
  return (issue.line !== undefined && issue.line >= 1 && (issue.col ?? 0) >= 1) || WHOLE_FILE.test(issue.message)
}

if (!Number.isSafeInteger(RUNS) || RUNS < 1) throw new Error(`ZONECAST_FUZZ_RUNS must be a positive whole number, got ${process.env.ZONECAST_FUZZ_RUNS}`)

describe(`fuzzing, ${RUNS} cases per property`, () => {
  it(
    'the loader, run and check: finite numbers, or an InputError with every issue located',
    () => {
      fc.assert(
        fc.property(anyScenarioText, (text) => {
          let scenario
          try {
            scenario = loadScenario(text, FILE)
          } catch (err) {
            if (!(err instanceof InputError)) throw err
            const unlocated = err.issues.filter((i) => !located(i))
            expect(unlocated, err.message).toEqual([])
            return
          }
          const realised = realiseScenario(scenario)
          expect(nonFinite(runScenario(realised), 'run')).toEqual([])
          expect(nonFinite(checkScenario(realised), 'check')).toEqual([])
        }),
        { numRuns: RUNS }
      )
    },
    TIMEOUT_MS
  )

  it(
    '`zonecast check --json` (with --draws at times): exit 0, 1 or 2, and on 2 only located lines on standard error',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyScenarioText, fc.option(fc.integer({ min: 1, max: 30 })), async (text, draws) => {
          const io = fakeIo({ [FILE]: text })
          let code: number
          try {
            code = await check({ file: FILE, lang: 'en', json: true, ...(draws === null ? {} : { draws, seed: 1 }) }, io)
          } catch (err) {
            code = await reportError(err, io, false)
          }
          expect(io.err).not.toContain('internal error')
          expect([0, 1, 2]).toContain(code)
          if (code === 2) {
            expect(io.out).toBe('')
            for (const line of io.err.trimEnd().split('\n')) expect(line).toMatch(new RegExp(`^zonecast: ${FILE}(:\\d+:\\d+)? `))
          } else {
            // formatJson writes NaN and Infinity as null: the numbers are checked in the core above
            expect(() => JSON.parse(io.out) as unknown).not.toThrow()
          }
        }),
        { numRuns: RUNS }
      )
    },
    TIMEOUT_MS
  )
})
