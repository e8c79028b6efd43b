/**
 * An input to sampling is invalid: a seed or draw index that is not an unsigned integer in
 * range, a distribution whose parameters describe no distribution, or a rank-correlation matrix
 * that no joint distribution can have. `message` says what is wrong, naming the value; `hint`
 * says how to fix it.
 *
 * @example new SamplingError('seed -1 is not an unsigned 32-bit integer').message
 * // => 'seed -1 is not an unsigned 32-bit integer'
 */
export class SamplingError extends Error {
  /** how to fix the value, when there is something to say */
  readonly hint?: string

  constructor(message: string, hint?: string) {
    super(message)
    this.name = 'SamplingError'
    if (hint !== undefined) this.hint = hint
  }
}
