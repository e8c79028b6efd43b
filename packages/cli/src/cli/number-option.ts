import { singleValue } from './single-value'

/**
 * A yargs option that takes one number, declared as text and read here: yargs' own `type:
 * 'number'` turns `--seed abc` into NaN and `--draws ''` into 0, so that the command's range check
 * then said "NaN is not a seed" or "0 is not a positive whole number", naming a value nobody
 * typed. Here such a value is refused as written; a number goes on to the command's own checks.
 *
 * @param name the option's name, for messages
 * @param describe one line for `--help`
 * @example numberOption('seed', 'random seed').coerce('abc') // throws '--seed: "abc" is not a number'
 * @example numberOption('draws', 'draws').coerce('2e3') // => 2000
 */
export function numberOption(name: string, describe: string) {
  const once = singleValue<string>(name)
  return {
    type: 'string' as const,
    requiresArg: true,
    describe,
    coerce: (value: string | string[]): number => {
      const text = String(once(value)).trim()
      const n = text === '' ? NaN : Number(text)
      if (Number.isNaN(n)) throw new Error(`--${name}: ${text === '' ? 'an empty value' : JSON.stringify(text)} is not a number`)
      return n
    }
  }
}
