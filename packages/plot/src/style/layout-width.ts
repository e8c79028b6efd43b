/** Charts up to this width are laid out at their own width: 12 px labels stay 12 px. */
export const ZOOM_FROM_WIDTH = 960
/** The most a wide chart enlarges its text (and lines): 12 px labels at most 18 px. */
export const MAX_ZOOM = 1.5

/**
 * The width a chart of `width` pixels is laid out at, in whole pixels; the SVG then shows that
 * layout at `width` (its viewBox is the layout), so that text grows with a wide chart instead of
 * staying 12 px on a 1600 px poster: up to 960 px the layout is the chart's own width; from 960
 * to 1440 px the layout stays 960 px wide and everything grows up to 1.5 times; past 1440 px the
 * layout widens at 1.5 times. Everything grows alike (text, lines, dots, gaps), so a wide chart
 * looks like a 960–2667 px one enlarged, whose layout was checked at those widths.
 *
 * @param width the chart's width in pixels
 * @example layoutWidth(720) // => 720
 * @example layoutWidth(1200) // => 960 (shown 1.25 times)
 * @example layoutWidth(1600) // => 1067 (shown 1.5 times: 12 px text is 18 px)
 */
export function layoutWidth(width: number): number {
  if (width <= ZOOM_FROM_WIDTH) return width
  return Math.max(ZOOM_FROM_WIDTH, Math.round(width / MAX_ZOOM))
}
