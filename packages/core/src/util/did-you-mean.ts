import { distance } from 'fastest-levenshtein'

/** Edit distance allowed per character of the typed word: a typo, not a different word. */
const TYPO_FRACTION = 0.4

/**
 * The known word closest to a mistyped one, when it is close enough to be a typo.
 *
 * @example didYouMean("cgar", ["cagr", "level", "share"]) // => "cagr"
 * @example didYouMean("banana", ["cagr"]) // => undefined
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  const lower = word.toLowerCase()
  for (const k of known) {
    const d = distance(lower, k.toLowerCase())
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
