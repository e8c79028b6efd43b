/**
 * Width of a character in em, for layout without a font: full-width (CJK) characters are 1 em;
 * Latin widths are those of Arial rounded up a little, so that a label laid out with them still
 * fits in a wider sans-serif. Fixed numbers, so the same text lays out the same on any machine.
 */
const narrow = 0.3
const regular = 0.58
const wide = 0.72
const widest = 0.92
const fullWidth = 1

/** Characters narrower than most. */
const narrowChars = new Set([...' .,:;\'!|ijlI()[]{}/\\-`"'])
/** Characters wider than most. */
const wideChars = new Set([...'ABCDEFGHKNOPQRSUVXYZmw%&≥≤–'])
/**
 * Latin-side characters a whole em wide: the ellipsis and the em dash in Arial and in the PNG's
 * Chinese font alike, and the arrow (no Arial glyph; a full-width one in WenQuanYi Micro Hei and
 * in the fonts browsers fall back to). Taken as regular letters, "…" and "→" were laid out 5 px
 * short at 12 px, and a cut label or a tornado bar's "311 → 6.8%" ran past its room in the PNG.
 */
const emChars = new Set([...'…→—'])
/** The widest Latin characters. */
const widestChars = new Set([...'MW@'])

/**
 * The approximate width of a line of text in pixels at a font size.
 *
 * @param text one line
 * @param size font size in pixels
 * @example textWidth('GDP', 10) // => 21.6
 * @example textWidth('億元', 12) // => 24
 */
export function textWidth(text: string, size: number): number {
  let em = 0
  for (const ch of text) em += charWidth(ch)
  return em * size
}

// width of one character in em
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0
  if (isFullWidth(code) || emChars.has(ch)) return fullWidth
  if (narrowChars.has(ch)) return narrow
  if (widestChars.has(ch)) return widest
  if (wideChars.has(ch)) return wide
  return regular
}

/**
 * Whether a code point is drawn full width: CJK ideographs, kana, hangul, CJK punctuation and
 * full-width forms, and the curly quotes Chinese fonts draw full width.
 *
 * @example isFullWidth('開'.codePointAt(0)) // => true
 */
export function isFullWidth(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0x2018 && code <= 0x201d) ||
    code >= 0x20000
  )
}
