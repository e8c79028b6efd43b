import { isFullWidth, textWidth } from './text-width'

/**
 * Breaks text into lines no wider than `maxWidth` pixels (by `textWidth`): between words for
 * Latin text, between any two characters for Chinese. A word longer than a line is cut. With
 * `maxLines`, the last line kept ends in "…".
 *
 * @param text the text; newlines force breaks
 * @param size font size in pixels
 * @param maxWidth line width in pixels
 * @example wrapText('Zone GDP growth >= 21% a year', 12, 100) // => ["Zone GDP growth", ">= 21% a year"]
 */
export function wrapText(text: string, size: number, maxWidth: number, maxLines = Infinity): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) lines.push(...wrapParagraph(paragraph, size, maxWidth))
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = `${kept[maxLines - 1] ?? ''}…`
  while (textWidth(last, size) > maxWidth && last.length > 1) last = `${last.slice(0, -2)}…`
  kept[maxLines - 1] = last
  return kept
}

/** Punctuation that closes what comes before it: never the only thing on a line. */
const closingPunctuation = '”’」』）)。，、：；！？'

// one paragraph's lines
function wrapParagraph(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const token of tokens(text)) {
    const candidate = line + token
    if (line !== '' && textWidth(candidate.trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else {
      line = candidate
    }
    while (textWidth(line.trimEnd(), size) > maxWidth && [...line].length > 1) {
      const [head, rest] = cut(line, size, maxWidth)
      lines.push(head)
      line = rest
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd())
  return withoutOrphan(lines)
}

// a Chinese line never ends in one character alone ("…10%以" / "上"): the line above gives it its last character ("…10%" / "以上");
// closing punctuation alone hangs at the end of the line above instead (“…in 2023” / ”), as CJK typesetting lets it
function withoutOrphan(lines: string[]): string[] {
  const last = [...(lines[lines.length - 1] ?? '')]
  const above = [...(lines[lines.length - 2] ?? '')]
  const moved = above[above.length - 1] ?? ''
  if (last.length === 1 && above.length > 0 && closingPunctuation.includes(last[0]!)) return [...lines.slice(0, -2), above.join('') + last[0]!]
  if (last.length !== 1 || above.length < 3 || !isFullWidth(last[0]!.codePointAt(0) ?? 0) || !isFullWidth(moved.codePointAt(0) ?? 0)) return lines
  return [...lines.slice(0, -2), above.slice(0, -1).join(''), moved + last[0]!]
}

// breakable pieces: a Latin word with its trailing spaces, or a single full-width character
function tokens(text: string): string[] {
  const out: string[] = []
  let word = ''
  for (const ch of text) {
    if (isFullWidth(ch.codePointAt(0) ?? 0)) {
      if (word) out.push(word)
      word = ''
      out.push(ch)
    } else if (ch === ' ') {
      word += ch
      out.push(word)
      word = ''
    } else {
      word += ch
    }
  }
  if (word) out.push(word)
  return out
}

// the longest head of `line` that fits, and the rest
function cut(line: string, size: number, maxWidth: number): [string, string] {
  const chars = [...line]
  let n = chars.length - 1
  while (n > 1 && textWidth(chars.slice(0, n).join(''), size) > maxWidth) n--
  return [chars.slice(0, n).join(''), chars.slice(n).join('')]
}
