/**
 * The columns a string takes in a terminal, as the `string-width` package measures them for
 * yargs' help layout (cliui, wrap-ansi), without its start-up cost: string-width 7 and 8 build an
 * `Intl.Segmenter` and four Unicode-set regular expressions (`\p{RGI_Emoji}` among them) when
 * they are imported, 20–25 ms of every zonecast command on the reference machine, help shown or
 * not. scripts/build.mjs bundles this module in their place. It measures code point by code
 * point (`displayWidth`: East Asian wide characters two columns, combining marks none), with ANSI
 * escape codes and control characters taking none; it does not join emoji sequences into one
 * grapheme, which zonecast's help text does not contain. Checked against string-width 8 in
 * terminal-width.test.ts.
 */
import { displayWidth } from './display-width'

/** ANSI escape sequences: CSI (`ESC [ … final byte`, or the one-byte CSI 0x9B) and OSC (`ESC ] … BEL or ESC \`). */
// eslint-disable-next-line no-control-regex -- escape codes begin with control characters (ESC, CSI, BEL)
const ANSI_ESCAPES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g

/** Printable ASCII only: one column per character. */
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/

/**
 * string-width's default export, with its options.
 *
 * @param input anything; a value that is not a string, or the empty string, takes no column
 * @param options `countAnsiEscapeCodes`: count escape codes' characters instead of dropping them
 * @example terminalWidth('生產總值 GDP') // => 12
 * @example terminalWidth('\u001b[1mbold\u001b[22m') // => 4
 */
export default function terminalWidth(input: unknown, options: { countAnsiEscapeCodes?: boolean } = {}): number {
  if (typeof input !== 'string' || input.length === 0) return 0
  const text = options.countAnsiEscapeCodes ? input : input.replace(ANSI_ESCAPES, '')
  if (PRINTABLE_ASCII.test(text)) return text.length
  let width = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    // C0 and C1 control characters (and DEL) take no column
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue
    width += displayWidth(ch)
  }
  return width
}
