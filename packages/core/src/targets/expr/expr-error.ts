/**
 * An `expr` target's expression cannot be compiled or evaluated: a syntax error, a name that is
 * not allowed, a helper called with the wrong arguments, or a result that is not one finite
 * number. The scenario loader turns it into a located `InputError` (exit code 2).
 *
 * @example new ExprError('unknown function "cgar" (did you mean "cagr"?)').message
 * // => 'unknown function "cgar" (did you mean "cagr"?)'
 */
export class ExprError extends Error {
  /** how to fix the expression, when there is something to say */
  readonly hint?: string

  constructor(message: string, hint?: string) {
    super(message)
    this.name = 'ExprError'
    if (hint !== undefined) this.hint = hint
  }
}
