import type { Io } from '../io/io'
import { CliError } from './cli-error'
import { exitCodes } from './exit-codes'
import { UsageError } from './usage-error'

/** Every line zonecast prints about an error starts with this. */
const prefix = 'zonecast: '

/**
 * Prints an error on standard error and returns the exit code for it: a usage mistake (2, with a
 * pointer to `--help`), a `CliError` (its code), the core's `InputError` (2, one line per issue
 * with file, line, column and key path), anything else an internal error (70). Stack traces
 * only with `debug` (env `ZONECAST_DEBUG=1`).
 *
 * @param err what the command line threw
 * @param io where to print
 * @param debug print the stack too
 * @returns the process exit code
 * @example await reportError(new CliError('cannot read "x.yaml": no such file; check the path'), io, false) // => 2
 */
export async function reportError(err: unknown, io: Io, debug: boolean): Promise<number> {
  const print = (text: string): void => io.stderr(prefixed(text))
  const stack = (): void => {
    if (debug && err instanceof Error && err.stack) io.stderr(err.stack + '\n')
  }
  if (err instanceof UsageError) {
    print(err.message)
    io.stderr('run "zonecast --help" for usage\n')
    stack()
    return err.exitCode
  }
  if (err instanceof CliError) {
    print(err.message)
    stack()
    return err.exitCode
  }
  const inputLines = await inputErrorLines(err)
  if (inputLines !== undefined) {
    print(inputLines.join('\n'))
    stack()
    return exitCodes.input
  }
  print(`internal error: ${err instanceof Error ? err.message : String(err)}`)
  io.stderr('please report it with the command and file\n')
  stack()
  return exitCodes.internal
}

// an InputError's issues as `file:line:col key.path: message; hint`, or undefined for other errors
async function inputErrorLines(err: unknown): Promise<string[] | undefined> {
  if (!(err instanceof Error) || err.name !== 'InputError') return undefined
  // the core is loaded only now, so that a usage mistake never pays for loading the model
  const core = await import('@zonecast/core').catch(() => undefined)
  if (core === undefined || !(err instanceof core.InputError)) return undefined
  return err.issues.length > 0 ? err.issues.map(core.formatIssue) : [err.message]
}

// every line of a message prefixed with `zonecast: `, ending in a newline
function prefixed(text: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n') + '\n'
}
