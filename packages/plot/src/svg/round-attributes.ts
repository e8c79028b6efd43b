/** Attributes that hold coordinates or lengths; text and labels are left as they are. */
const geometric = /\s(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height|points|dx|dy|viewBox)="([^"]*)"/g

/** A number with more than two decimals. */
const longNumber = /-?\d+\.\d{3,}(?:e-?\d+)?/g

/**
 * Rounds the numbers in geometric attributes to two decimals (a hundredth of a pixel), writing
 * `0` for a rounded `-0`.
 *
 * @example roundAttributes('<path d="M125.00000000000001,3.14159"/>') // => '<path d="M125,3.14"/>'
 */
export function roundAttributes(svg: string): string {
  return svg.replace(geometric, (_, name: string, value: string) => ` ${name}="${value.replace(longNumber, roundNumber)}"`)
}

// one number to two decimals, without trailing zeros
function roundNumber(text: string): string {
  const x = Math.round(Number(text) * 100) / 100
  return String(Object.is(x, -0) ? 0 : x)
}
