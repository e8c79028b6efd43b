import { lineSpan, nearestClear } from './clear-of-lines'
import type { Span } from './clear-of-lines'

/** A label for one point: the point in pixels and the label's width, in px. */
export interface ValueLabelBox {
  x: number
  y: number
  width: number
}

/** Where a label goes, and what it keeps off, in pixels. */
export interface ValueLabelRoom {
  /** the label's height */
  height: number
  /** the wanted gap between a point and its label's edge above it */
  offset: number
  /** polylines the labels keep clear of (the line they label, a limit's rule), sorted by x */
  lines: readonly (readonly (readonly [number, number])[])[]
  /** the bounds of the labels' centres: the plot area, with what may go above it */
  top: number
  bottom: number
}

/** Space kept between a label and a line or another label, in px. */
const clearGap = 2
/** Half the size of a point's dot, which its label and its neighbours' keep off. */
const dotRadius = 4

/**
 * The vertical centres of labels centred over points (a line's values written at its dots),
 * each just above its point where that is clear of the lines, the dots and the labels placed
 * before it, else at the nearest place that is (below a steep segment, say): a label over a
 * line that drops 70 points in a year would otherwise sit on it. Where no place is clear, above
 * the point as wanted.
 *
 * @example valueLabelCentres([{ x: 50, y: 100, width: 30 }], { height: 15, offset: 9, lines: [], top: 0, bottom: 200 }) // => [83.5]
 */
export function valueLabelCentres(labels: readonly ValueLabelBox[], room: ValueLabelRoom): number[] {
  const half = room.height / 2
  const dots = labels.map((l) => ({ x0: l.x - dotRadius, x1: l.x + dotRadius, span: { top: l.y - dotRadius, bottom: l.y + dotRadius } }))
  const placed: { x0: number; x1: number; span: Span }[] = []
  return labels.map((label) => {
    const x0 = label.x - label.width / 2
    const x1 = label.x + label.width / 2
    // each line on its own: a label may sit between two lines (over a line, under a limit's rule)
    const lines = room.lines.flatMap((line) => lineSpan([line], x0, x1) ?? [])
    const blocked = [...lines, ...[...dots, ...placed].filter((b) => b.x0 < x1 && b.x1 > x0).map((b) => b.span)]
    const wanted = label.y - room.offset - half
    const y = nearestClear(wanted, room.height, blocked, room.top, room.bottom, clearGap) ?? wanted
    placed.push({ x0, x1, span: { top: y - half, bottom: y + half } })
    return y
  })
}
