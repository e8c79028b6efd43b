import type { LandData } from '../chart-types'
import { formatNumber } from '../format/format-number'
import { formatValue } from '../format/format-value'
import { sharedDecimals } from '../format/shared-decimals'
import type { ChartParts } from '../frame/chart-parts'
import { ink, palette } from '../style/palette'
import { fontSize } from '../style/typography'
import { textWidth } from '../text/text-width'
import type { ChartContext } from './chart-context'
import { labelMarks } from './label-marks'
import type { PointLabel } from './label-marks'
import { lineFrame } from './line-frame'
import { planDash } from './projection-chart'
import { lastPoint, yearPoints } from './year-points'

/** Plot area height as a share of the width. */
const aspect = 0.45

/**
 * `land`: the planned area (a dashed ceiling), serviced land (M1) and land in use (M3) over the
 * years, in km² from zero, each labelled at its end; the gap between serviced and used is land
 * serviced and idle.
 *
 * @example landChart(data, context).title // => "Land: planned, serviced and in use"
 */
export function landChart(data: LandData, ctx: ChartContext): ChartParts {
  const { Plot, words: w, lang } = ctx
  const unit = { kind: 'area' } as const
  const series = [
    { name: w.planned, points: yearPoints(data.years, data.planned), colour: ink, dash: planDash },
    { name: w.serviced, points: yearPoints(data.years, data.serviced), colour: palette.blue, dash: undefined },
    { name: w.used, points: yearPoints(data.years, data.used), colour: palette.vermillion, dash: undefined }
  ].filter((s) => s.points.length > 0)
  // one number of decimals for all three ends, so that they read as one set
  const decimals = sharedDecimals(series.flatMap((s) => lastPoint(s.points)?.value ?? []))
  const ends: PointLabel[] = series.flatMap((s) => {
    const end = lastPoint(s.points)
    return end ? [{ year: end.year, value: end.value, lines: [`${s.name} ${formatNumber(end.value, decimals)}`], colour: s.colour, side: 'right' as const, weight: 'bold' as const }] : []
  })
  const marginRight = Math.max(0, ...ends.map((l) => textWidth(l.lines[0] ?? '', fontSize.label) + 22))
  const height = Math.round(ctx.width * aspect)
  const frame = lineFrame(Plot, { years: data.years, values: series.flatMap((s) => s.points.map((p) => p.value)), unit, lang, width: ctx.width, height, marginRight, includeZero: true })
  const marks = [
    ...frame.axisMarks,
    ...series.flatMap((s) => [
      Plot.line(s.points, { x: 'year', y: 'value', stroke: s.colour, strokeWidth: 2.5, ...(s.dash ? { strokeDasharray: s.dash } : {}) }),
      ...(s.dash ? [] : [Plot.dot(s.points, { x: 'year', y: 'value', fill: s.colour, r: 3 })])
    ]),
    ...labelMarks(Plot, frame, ends)
  ]
  const said = series.map((s) => {
    const end = lastPoint(s.points)
    return end ? `${s.name} ${end.year}: ${formatValue(end.value, unit, lang)}` : s.name
  })
  return {
    title: w.landTitle,
    description: `${said.join(w.comma)}. ${w.description}`,
    legend: [],
    panels: [{ height, options: { ...frame.options, marks } }],
    source: w.source(ctx.scenarios.join(', '))
  }
}
