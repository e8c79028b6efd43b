/** A vertical extent in pixels (pixels grow downwards: `top` ≤ `bottom`). */
export interface Span {
  top: number
  bottom: number
}

/**
 * The vertical extent of polylines over the horizontal range [x0, x1], in pixels: the lowest and
 * highest y any of their segments takes there (a segment crossing an end of the range counts up
 * to that end, interpolated). A label box over that range and clear of this span crosses none of
 * the lines. `undefined` when no line reaches into the range.
 *
 * @param lines polylines as [x, y] pixel points, sorted by x
 * @example lineSpan([[[0, 100], [100, 0]]], 50, 80) // => { top: 20, bottom: 50 }
 */
export function lineSpan(lines: readonly (readonly (readonly [number, number])[])[], x0: number, x1: number): Span | undefined {
  let top = Infinity
  let bottom = -Infinity
  const take = (y: number): void => {
    top = Math.min(top, y)
    bottom = Math.max(bottom, y)
  }
  for (const line of lines) {
    line.forEach(([x, y], i) => {
      if (x >= x0 && x <= x1) take(y)
      const next = line[i + 1]
      if (!next || next[0] === x) return
      // where the segment crosses the range's ends
      for (const edge of [x0, x1]) {
        if ((x - edge) * (next[0] - edge) < 0) take(y + ((next[1] - y) * (edge - x)) / (next[0] - x))
      }
    })
  }
  return top <= bottom ? { top, bottom } : undefined
}

/**
 * The centre nearest to `wanted` for a label of `height` pixels that overlaps none of the
 * `blocked` spans (with `gap` to spare) and stays within [top, bottom]: the wanted centre itself
 * if it is clear, else just above or just below one of the spans. `undefined` when no such place
 * exists.
 *
 * @param blocked spans the label may not overlap
 * @param top the label's top bound, `bottom` its bottom bound
 * @param accept a further test of a centre (that a leader from it crosses nothing, say)
 * @example nearestClear(50, 20, [{ top: 40, bottom: 70 }], 0, 200, 2) // => 28 (its bottom at 38, 2 above the span)
 */
export function nearestClear(wanted: number, height: number, blocked: readonly Span[], top: number, bottom: number, gap = 2, accept: (y: number) => boolean = () => true): number | undefined {
  const half = height / 2
  const clear = (y: number): boolean =>
    y - half >= top - 1e-9 && y + half <= bottom + 1e-9 && blocked.every((s) => y + half + gap <= s.top + 1e-9 || y - half - gap >= s.bottom - 1e-9) && accept(y)
  const candidates = [wanted, ...blocked.flatMap((s) => [s.top - gap - half, s.bottom + gap + half])]
  const fits = candidates.filter(clear).sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || a - b)
  return fits[0]
}
