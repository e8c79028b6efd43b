/**
 * Type sizes in pixels, chosen for a chart printed at A4 text width (about 165 mm for 720 px,
 * so 12 px is about 8 pt) and still readable on a screen.
 */
export const fontSize = {
  title: 17,
  subtitle: 13,
  legend: 12,
  axis: 12,
  label: 12,
  note: 11
} as const

/** Space between lines of wrapped text, as a multiple of the font size. */
export const lineHeight = 1.3

/**
 * The font stack written into every SVG. Browsers fall back glyph by glyph, so Latin text takes
 * the first Latin face present and Chinese one of the CJK fonts listed (traditional-script faces
 * first: the scenarios' labels are in traditional characters); the PNG renderer is given one
 * font file explicitly (see `findChartFont`), so no machine's metrics are baked into the SVG.
 * Arial and the faces drawn to its metrics (Liberation Sans, Arimo, Helvetica) come first because
 * `textWidth` lays text out with Arial's widths: with the system's UI face first, Debian's
 * Chromium drew the end labels in DejaVu Sans Bold, 16% wider than laid out, and cut them at the
 * SVG's edge ("Tengzhou Economic Development" 226 px in a 195 px column).
 */
export const fontFamily =
  'Arial, "Liberation Sans", Arimo, Helvetica, "Helvetica Neue", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'

/** The SVG's width when none is given: A4 text width at about 110 dpi. */
export const DEFAULT_WIDTH = 720

/** Narrower than this, labels and legends no longer fit. */
export const MIN_WIDTH = 400

/** Wider than this is a poster, not a report figure; also bounds the PNG's size. */
export const MAX_WIDTH = 4000

/** Space between the SVG's edge and anything drawn. */
export const pagePadding = 16
