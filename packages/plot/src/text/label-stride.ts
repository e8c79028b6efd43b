/** Space kept between two labels of a row, in px. */
const rowGap = 6

/**
 * How many steps apart the labels of a row of evenly spaced points must be for none to overlap
 * the next (centred labels `spacing` pixels apart): 1 draws every label, 2 every other one. A
 * ten-year finance chart at 480 px has years 35 px apart and labels like "12,542" 37 px wide.
 *
 * @param widths the labels' widths in pixels
 * @param spacing pixels between two neighbouring points
 * @example labelStride([37, 30], 35) // => 2 ((37 + 6) / 35 = 1.2, rounded up)
 * @example labelStride([20], 60) // => 1
 */
export function labelStride(widths: readonly number[], spacing: number): number {
  const widest = Math.max(0, ...widths)
  if (!(spacing > 0)) return 1
  return Math.max(1, Math.ceil((widest + rowGap) / spacing))
}

/**
 * Whether the point at `index` of `count` gets its label with labels `stride` steps apart:
 * counted back from the last, which is the one a reader looks for.
 *
 * @example [0, 1, 2, 3, 4].filter((i) => labelledAt(i, 5, 2)) // => [0, 2, 4]
 * @example [0, 1, 2, 3].filter((i) => labelledAt(i, 4, 2)) // => [1, 3]
 */
export function labelledAt(index: number, count: number, stride: number): boolean {
  return (count - 1 - index) % stride === 0
}
