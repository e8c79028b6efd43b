/** A numeric character reference, `&#35;` or `&#x4E00;`: the character it stands for is drawn too. */
const characterReference = /&#(x[0-9a-f]+|[0-9]+);/gi

/**
 * The characters a PNG of `svg` may draw, as sorted code points: every character of the file
 * (markup too: a few ASCII letters more cost nothing and cannot miss a label) and those its
 * numeric character references stand for. A font subset to these draws the chart as the whole
 * font does.
 *
 * @example chartCharacters('<text>億&#x5143;</text>').map((c) => String.fromCodePoint(c)).join('') // => "#&/1345;<>etx億元"
 */
export function chartCharacters(svg: string): number[] {
  const codes = new Set<number>()
  for (const ch of svg) codes.add(ch.codePointAt(0)!)
  for (const [, ref] of svg.matchAll(characterReference)) {
    const code = ref!.startsWith('x') || ref!.startsWith('X') ? parseInt(ref!.slice(1), 16) : Number(ref)
    if (code <= 0x10ffff) codes.add(code)
  }
  return [...codes].sort((a, b) => a - b)
}
