import { closest, distance } from 'fastest-levenshtein'

/** Beyond about a third of the word changed (rounded up), the "suggestion" is a different word. */
const EDITS_PER_CHAR = 1 / 3

/**
 * The known name closest to a misspelt one, or undefined when none is close enough to be what
 * the user meant (edit distance above a third of its length, rounded up; a swap of two letters
 * counts as two edits).
 *
 * @example didYouMean("wanyaun", ["yuan", "wanyuan", "yiyuan"]) // => "wanyuan"
 * @example didYouMean("xyzzy", ["yuan", "wanyuan"]) // => undefined
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0 || name === '') return undefined
  const best = closest(name, [...known])
  const allowed = Math.ceil(name.length * EDITS_PER_CHAR)
  return distance(name, best) <= allowed ? best : undefined
}

/**
 * The `(did you mean "x"?)` tail of an error message, with its leading space, or an empty string.
 *
 * @example didYouMeanSuffix("cgar", ["cagr", "at"]) // => ' (did you mean "cagr"?)'
 */
export function didYouMeanSuffix(name: string, known: readonly string[]): string {
  const best = didYouMean(name, known)
  return best === undefined ? '' : ` (did you mean "${best}"?)`
}
