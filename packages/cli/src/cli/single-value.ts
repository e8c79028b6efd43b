/**
 * A yargs `coerce` for an option that may be given once: yargs collects a repeated option into
 * an array, which then slips past `choices`; this turns it into a usage error instead.
 *
 * @typeParam T the option's value type
 * @param name the option's name, for the message
 * @example singleValue('out')(['a', 'b']) // throws "--out is given 2 times; give it once"
 */
export function singleValue<T>(name: string): (value: T | T[]) => T {
  return (value) => {
    if (Array.isArray(value)) throw new Error(`--${name} is given ${value.length} times; give it once`)
    return value
  }
}
