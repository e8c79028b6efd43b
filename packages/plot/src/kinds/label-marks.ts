import type * as PlotApi from '@observablehq/plot'
import type { PlotModule } from '../load/load-libraries'
import { paper } from '../style/palette'
import { fontSize, lineHeight } from '../style/typography'
import type { YearPoint } from '../chart-types'
import { lineSpan, nearestClear } from '../text/clear-of-lines'
import type { Span } from '../text/clear-of-lines'
import { dodgeLabels } from '../text/dodge-labels'
import { textWidth } from '../text/text-width'
import type { LineFrame } from './line-frame'

/** A text label for a point of a time chart. */
export interface PointLabel {
  /** the point it labels */
  year: number
  value: number
  /** its lines */
  lines: readonly string[]
  colour: string
  /** which side of the point the text goes */
  side: 'left' | 'right'
  /** bold for the labels of lines, regular for notes */
  weight?: 'bold' | 'normal'
}

/** Gap between a point and its label. */
const pointGap = 9
/**
 * Width of the paper-coloured outline drawn under a label's letters, in px: wide enough to close
 * the gaps between letters and lines at the label size, so that a line passing behind a label
 * (the plan line under a target's label, say) does not show through it.
 */
const haloWidth = 7

/** Labels moved further than this from their point get a leader line back to it. */
const leaderAfter = 12

/** Half the size of a labelled point's marker (a target's diamond), which labels keep off. */
const markerRadius = 7
/** Where a leader runs: this share of the gap between the point and its label. */
const leaderShare = 0.6

/** A placed label or leader, in pixels: its horizontal range and vertical extent. */
interface Box {
  x0: number
  x1: number
  span: Span
}

/** Space kept between a label and what it keeps clear of, in px. */
const labelGap = 2

/** How far above the plot area and below it labels may go, in px. */
const overTop = 20
const underBottom = 10

/**
 * Text marks for labels at points, moved apart vertically so that none overlaps another (see
 * `dodgeLabels`) nor, where there is room, crosses the drawn lines (`avoid`: a label beside a
 * target would otherwise hide the stretch of line that leads to it), each with a white halo so
 * that lines under it do not cross its letters, and a thin leader to its point when it had to move.
 *
 * @param frame the panel's frame, for pixel positions
 * @param avoid the lines drawn, which labels keep clear of when they can
 * @example labelMarks(Plot, frame, [{ year: 2010, value: 3184.57, lines: ['Plan 3,185'], colour: '#0072B2', side: 'right' }])
 */
export function labelMarks(Plot: PlotModule, frame: LineFrame, labels: readonly PointLabel[], avoid: readonly (readonly YearPoint[])[] = []): PlotApi.Markish[] {
  const height = (l: PointLabel): number => l.lines.length * fontSize.label * lineHeight
  const lines = avoid.map((line) => line.map((p) => [frame.px(p.year), frame.py(p.value)] as const))
  // what later labels keep off: labels and leaders placed, and every labelled point's marker
  const placed: Box[] = labels.map((l) => ({ x0: frame.px(l.year) - markerRadius, x1: frame.px(l.year) + markerRadius, span: { top: frame.py(l.value) - markerRadius, bottom: frame.py(l.value) + markerRadius } }))
  const marks: PlotApi.Markish[] = []
  for (const side of ['left', 'right'] as const) {
    const group = labels.filter((l) => l.side === side)
    const ys = dodgeLabels(
      group.map((l) => ({ y: frame.py(l.value), height: height(l) })),
      frame.top - overTop,
      frame.bottom + underBottom
    )
    group.forEach((label, i) => {
      const dx = side === 'right' ? pointGap : -pointGap
      const width = Math.max(...label.lines.map((l) => textWidth(l, fontSize.label)))
      const x0 = side === 'right' ? frame.px(label.year) + pointGap : frame.px(label.year) - pointGap - width
      const x1 = x0 + width
      const leaderX = frame.px(label.year) + dx * leaderShare
      const wanted = frame.py(label.value)
      const line = lineSpan(lines, x0, x1)
      const labelsNear = placed.filter((p) => p.x0 < x1 && p.x1 > x0).map((p) => p.span)
      // a leader crosses no label, runs along no other leader and passes no other point's marker (so labels keep their points' order);
      // markers that touch its own point's do not count
      const crossed = placed.filter((p) => p.x0 <= leaderX && p.x1 >= leaderX && Math.abs((p.span.top + p.span.bottom) / 2 - wanted) > 2 * markerRadius)
      const leaderClearOf = (boxes: readonly Box[]) => (y: number): boolean =>
        Math.abs(y - wanted) <= leaderAfter || boxes.every((b) => b.span.bottom <= Math.min(y, wanted) || b.span.top >= Math.max(y, wanted))
      const offLines = [...(line ? [line] : []), ...labelsNear]
      const y = placeLabel(ys[i]!, wanted, height(label), [
        { blocked: offLines, accept: leaderClearOf(crossed) },
        // the leader may pass other points' markers (the first `labels.length` boxes), not labels or leaders
        { blocked: offLines, accept: leaderClearOf(crossed.filter((b) => placed.indexOf(b) >= labels.length)) },
        { blocked: offLines },
        { blocked: labelsNear }
      ], frame.top - overTop, frame.bottom + underBottom)
      const moved = Math.abs(y - wanted) > leaderAfter
      placed.push({ x0, x1, span: { top: y - height(label) / 2, bottom: y + height(label) / 2 } })
      if (moved) placed.push({ x0: leaderX - 1, x1: leaderX + 1, span: { top: Math.min(y, wanted), bottom: Math.max(y, wanted) } })
      const at = { year: label.year, value: frame.valueAt(y) }
      if (moved) {
        marks.push(Plot.link([label], { x1: 'year', y1: 'value', x2: () => label.year, y2: () => at.value, dx: dx * leaderShare, stroke: label.colour, strokeWidth: 1, strokeOpacity: 0.7 }))
      }
      marks.push(
        Plot.text([at], {
          x: 'year',
          y: 'value',
          text: () => label.lines.join('\n'),
          dx,
          textAnchor: side === 'right' ? 'start' : 'end',
          lineAnchor: 'middle',
          lineHeight,
          fontSize: fontSize.label,
          fontWeight: label.weight ?? 'normal',
          fill: label.colour,
          stroke: paper,
          strokeWidth: haloWidth,
          strokeLinejoin: 'round',
          paintOrder: 'stroke'
        })
      )
    })
  }
  return marks
}

// the dodged centre if it keeps the first rules, else the place nearest the point that does; failing that, the next, looser rules
// (the leader may pass markers, then cross labels; then only off other labels); the dodged centre if none can be kept
function placeLabel(dodged: number, wanted: number, height: number, rules: readonly { blocked: readonly Span[]; accept?: (y: number) => boolean }[], top: number, bottom: number): number {
  for (const rule of rules) {
    if (nearestClear(dodged, height, rule.blocked, top, bottom, labelGap, rule.accept) === dodged) return dodged
    const y = nearestClear(wanted, height, rule.blocked, top, bottom, labelGap, rule.accept)
    if (y !== undefined) return y
  }
  return dodged
}
