import { distance } from 'fastest-levenshtein'

/** Edits allowed per character of the typed word: beyond a third, it is a different word. */
const TYPO_FRACTION = 1 / 3

/**
 * The known word closest to a mistyped one, when it is close enough to be a typo.
 *
 * @example didYouMean("cgar", ["cagr", "level", "share"]) // => "cagr"
 * @example didYouMean("banana", ["cagr"]) // => undefined
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  if (word === '') return undefined
  let best: string | undefined
  let bestDistance = Infinity
  const lower = word.toLowerCase()
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase())
    if (d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  const allowed = Math.max(1, Math.ceil(word.length * TYPO_FRACTION))
  return bestDistance <= allowed ? best : undefined
}

/**
 * A hint fragment for an unknown word: `did you mean "x"?` or the list of allowed words.
 *
 * @example suggest("cgar", ["cagr", "level"]) // => 'did you mean "cagr"?'
 */
export function suggest(word: string, known: readonly string[]): string {
  const best = didYouMean(word, known)
  if (best !== undefined) return `did you mean "${best}"?`
  return `expected one of ${known.map((k) => `"${k}"`).join(', ')}`
}

/**
 * The ` (did you mean "x"?)` tail of an error message, with its leading space, or an empty string.
 *
 * @example didYouMeanSuffix("cgar", ["cagr", "at"]) // => ' (did you mean "cagr"?)'
 */
export function didYouMeanSuffix(word: string, known: readonly string[]): string {
  const best = didYouMean(word, known)
  return best === undefined ? '' : ` (did you mean "${best}"?)`
}

/** Levenshtein distance, with one swap of neighbouring letters ("gpd" for "gdp") counted as one edit. */
function editDistance(a: string, b: string): number {
  const d = distance(a, b)
  if (d !== 2 || a.length !== b.length) return d
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]))
  const [i, j] = diff
  return diff.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!] ? 1 : d
}
