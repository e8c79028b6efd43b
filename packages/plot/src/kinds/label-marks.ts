import type * as PlotApi from '@observablehq/plot'
import type { PlotModule } from '../load/load-libraries'
import { paper } from '../style/palette'
import { fontSize, lineHeight } from '../style/typography'
import { dodgeLabels } from '../text/dodge-labels'
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

/**
 * Text marks for labels at points, moved apart vertically so that none overlaps another (see
 * `dodgeLabels`), each with a white halo so that lines under it do not cross its letters, and a
 * thin leader to its point when it had to move.
 *
 * @param frame the panel's frame, for pixel positions
 * @example labelMarks(Plot, frame, [{ year: 2010, value: 3184.57, lines: ['Plan 3,185'], colour: '#0072B2', side: 'right' }])
 */
export function labelMarks(Plot: PlotModule, frame: LineFrame, labels: readonly PointLabel[]): PlotApi.Markish[] {
  const height = (l: PointLabel): number => l.lines.length * fontSize.label * lineHeight
  const marks: PlotApi.Markish[] = []
  for (const side of ['left', 'right'] as const) {
    const group = labels.filter((l) => l.side === side)
    const ys = dodgeLabels(
      group.map((l) => ({ y: frame.py(l.value), height: height(l) })),
      frame.top - 20,
      frame.bottom + 10
    )
    group.forEach((label, i) => {
      const y = ys[i]!
      const dx = side === 'right' ? pointGap : -pointGap
      const at = { year: label.year, value: frame.valueAt(y) }
      if (Math.abs(y - frame.py(label.value)) > leaderAfter) {
        marks.push(Plot.link([label], { x1: 'year', y1: 'value', x2: () => label.year, y2: () => at.value, dx: dx * 0.6, stroke: label.colour, strokeWidth: 1, strokeOpacity: 0.7 }))
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
