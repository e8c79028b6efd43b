/**
 * The two functions of `node:assert` that yargs' ESM build imports (lib/platform-shims/esm.mjs),
 * for its own invariants; scripts/build.mjs bundles this module in place of `assert`, whose
 * loading took 2–5 ms of every command's start. Same test (SameValue, as `assert.strictEqual`),
 * same outcome: an error, which reaches the user only through a bug in yargs.
 */

/** An invariant of yargs that did not hold. */
class AssertionError extends Error {
  override name = 'AssertionError'
}

/**
 * Throws unless `actual` and `expected` are the same value (`Object.is`).
 *
 * @example strictEqual(1, 1) // => undefined
 */
export function strictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) return
  if (message instanceof Error) throw message
  throw new AssertionError(message ?? `Expected values to be strictly equal: ${String(actual)} !== ${String(expected)}`)
}

/**
 * Throws when `actual` and `expected` are the same value (`Object.is`).
 *
 * @example notStrictEqual(1, 2) // => undefined
 */
export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!Object.is(actual, expected)) return
  if (message instanceof Error) throw message
  throw new AssertionError(message ?? `Expected "actual" to be strictly unequal to: ${String(expected)}`)
}
