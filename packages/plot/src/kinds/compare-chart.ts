import type { CompareData } from '../chart-types'
import { formatNumber } from '../format/format-number'
import { formatValue } from '../format/format-value'
import { sharedDecimals } from '../format/shared-decimals'
import type { ChartParts } from '../frame/chart-parts'
import { lineColours } from '../style/palette'
import { fontSize } from '../style/typography'
import { textWidth } from '../text/text-width'
import { wrapText } from '../text/wrap-text'
import type { ChartContext } from './chart-context'
import { labelMarks } from './label-marks'
import type { PointLabel } from './label-marks'
import { lineFrame } from './line-frame'
import { lastPoint, yearPoints } from './year-points'

/** Plot area height as a share of the width. */
const aspect = 0.5
/** End labels wrap at this share of the whole width. */
const endLabelShare = 0.28

/**
 * `compare`: the model paths of one series in several scenarios, each labelled at its end with
 * its name and last value (no legend to look up), labels moved apart where lines end close.
 *
 * @example compareChart(data, context).title // => "GDP: model paths of 2 scenarios"
 */
export function compareChart(data: CompareData, ctx: ChartContext): ChartParts {
  const { Plot, words: w, lang } = ctx
  const maxLabel = ctx.width * endLabelShare
  const lines = data.lines.map((line, i) => ({ ...line, colour: lineColours[i % lineColours.length]!, points: yearPoints(line.years, line.values) }))
  const decimals = sharedDecimals(lines.flatMap((line) => lastPoint(line.points)?.value ?? []))
  const ends: PointLabel[] = lines.flatMap((line) => {
    const end = lastPoint(line.points)
    if (!end) return []
    const text = wrapText(`${line.label} ${formatNumber(end.value, decimals)}`, fontSize.label, maxLabel, 3)
    return [{ year: end.year, value: end.value, lines: text, colour: line.colour, side: 'right' as const, weight: 'bold' as const }]
  })
  const marginRight = Math.max(0, ...ends.flatMap((l) => l.lines.map((t) => textWidth(t, fontSize.label) + 22)))
  const height = Math.round(ctx.width * aspect)
  const frame = lineFrame(Plot, {
    years: lines.flatMap((l) => l.points.map((p) => p.year)),
    values: lines.flatMap((l) => l.points.map((p) => p.value)),
    unit: data.unit,
    lang,
    width: ctx.width,
    height,
    marginRight
  })
  const marks = [
    ...frame.axisMarks,
    ...lines.flatMap((l) => [Plot.line(l.points, { x: 'year', y: 'value', stroke: l.colour, strokeWidth: 2.5 }), Plot.dot(l.points, { x: 'year', y: 'value', fill: l.colour, r: 3 })]),
    ...labelMarks(Plot, frame, ends)
  ]
  const said = lines.map((l) => {
    const end = lastPoint(l.points)
    return end ? `${l.label} ${end.year}: ${formatValue(end.value, data.unit, lang)}` : l.label
  })
  return {
    title: w.compareTitle(data.series, data.lines.length),
    description: `${said.join(w.comma)}. ${w.description}`,
    legend: [],
    panels: [{ height, options: { ...frame.options, marks } }],
    source: w.source(ctx.scenarios.join(', '))
  }
}
