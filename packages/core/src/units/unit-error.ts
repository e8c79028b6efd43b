/**
 * A quantity in the input cannot be read or has the wrong unit. The scenario loader turns it
 * into a located `InputError` (exit code 2), so `message` says what is wrong and `hint` how to
 * fix it.
 *
 * @example new UnitError('unknown unit "wanyaun" (did you mean "wanyuan"?)').message
 * // => 'unknown unit "wanyaun" (did you mean "wanyuan"?)'
 */
export class UnitError extends Error {
  /** how to fix the value, when there is something to say */
  readonly hint?: string

  constructor(message: string, hint?: string) {
    super(message)
    this.name = 'UnitError'
    if (hint !== undefined) this.hint = hint
  }
}
