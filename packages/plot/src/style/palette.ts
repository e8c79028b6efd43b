/**
 * Colours. Lines and bars take the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
 * 2008, https://jfly.uni-koeln.de/color/), which people with any common colour-vision deficiency
 * can tell apart; its yellow is left out, too pale on white for thin lines and text.
 *
 * @example palette.blue // => "#0072B2"
 */
export const palette = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7'
} as const

/** Text, axes and neutral marks: near-black, softer on paper than pure black. */
export const ink = '#222222'

/** Secondary text (subtitle, source note, value labels of lesser marks). */
export const mutedInk = '#595959'

/** The page behind the chart: painted, so that a PNG or a dark viewer shows the same. */
export const paper = '#ffffff'

/** Lines of a multi-line chart, in order: the palette's strongest contrasts first. */
export const lineColours: readonly string[] = [palette.blue, palette.vermillion, palette.bluishGreen, palette.reddishPurple, palette.orange, palette.skyBlue, palette.black]

/**
 * Mixes a `#rrggbb` colour with white: the graded shades of a fan chart. `share` is the part of
 * white, 0 (the colour) to 1 (white).
 *
 * @example tint('#0072B2', 0.5) // => "#80b9d9"
 */
export function tint(colour: string, share: number): string {
  const channel = (i: number): string => {
    const c = Number.parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16)
    return Math.round(c + (255 - c) * share)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(0)}${channel(1)}${channel(2)}`
}
