/**
 * Code point ranges a terminal draws two columns wide: the East Asian Wide and Fullwidth
 * classes of Unicode Annex #11 (CJK ideographs, kana, hangul, fullwidth forms, emoji).
 * Ambiguous characters (“ ” – ≥ ²) count as one, as in Western terminal settings.
 */
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd]
]

/** Columns a wide character takes. */
const wideColumns = 2

/** Combining marks draw over the previous character and take no column. */
const combiningRanges: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f]
]

/**
 * Columns a string takes in a terminal: two for each East Asian wide character, none for
 * combining marks, one for the rest.
 *
 * @example displayWidth('GDP') // => 3
 * @example displayWidth('生產總值') // => 8
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (inRanges(cp, combiningRanges)) continue
    width += inRanges(cp, wideRanges) ? wideColumns : 1
  }
  return width
}

// whether a code point lies in one of the sorted, disjoint ranges
function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [lo, hi] of ranges) {
    if (cp < lo) return false
    if (cp <= hi) return true
  }
  return false
}
