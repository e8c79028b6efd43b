import type { ChartUnit, Lang, TargetMark } from '../chart-types'
import { formatValue } from '../format/format-value'
import { ink } from '../style/palette'
import { fontSize, lineHeight } from '../style/typography'
import { textWidth } from '../text/text-width'
import { wrapText } from '../text/wrap-text'
import type { PointLabel } from './label-marks'
import type { LineFrame } from './line-frame'

/** Target labels wrap at this share of the plot area's width. */
const targetLabelShare = 0.42
/** Lines of a target's own words when there is room; one when the labels would crowd. */
const roomyLines = 2
/**
 * The share of the plot area's height the target labels may take together before their words are
 * cut to one line: past it they stack into one another and far from their points (national
 * scenario, four GDP targets at 480 px), and the long leaders are harder to follow than a shorter
 * label is to read.
 */
const crowdedShare = 0.6
/** Room kept between a label and the plot area's left edge when it goes left of its point, in px. */
const leftRoom = 16

/**
 * The labels of a time chart's targets: each target's words wrapped to two lines (one when the
 * labels together would fill more than `crowdedShare` of the plot area's height), then its level
 * on a line of its own, so that a number never breaks from its unit; left of the point where it
 * fits, else right.
 *
 * @param frame the panel's frame, for the plot area's size and the points' positions
 * @example targetLabels([{ label: 'GDP 2010', year: 2010, value: 3000 }], frame, unit, 'en')[0].lines // => ["GDP 2010", "3,000 億元"]
 */
export function targetLabels(targets: readonly TargetMark[], frame: LineFrame, unit: ChartUnit, lang: Lang): PointLabel[] {
  const labelWidth = (frame.right - frame.left) * targetLabelShare
  const build = (maxLines: number): PointLabel[] =>
    targets.map((t) => {
      const lines = [...wrapText(t.label, fontSize.label, labelWidth, maxLines), formatValue(t.value, unit, lang)]
      const widest = Math.max(...lines.map((l) => textWidth(l, fontSize.label)))
      return { year: t.year, value: t.value, lines, colour: ink, side: frame.px(t.year) - frame.left > widest + leftRoom ? 'left' : 'right' }
    })
  const roomy = build(roomyLines)
  const height = roomy.reduce((sum, l) => sum + l.lines.length, 0) * fontSize.label * lineHeight
  return height > (frame.bottom - frame.top) * crowdedShare ? build(1) : roomy
}
