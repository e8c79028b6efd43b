import type { ProjectionData, YearPoint } from '../chart-types'
import { formatNumber } from '../format/format-number'
import { formatValue } from '../format/format-value'
import { sharedDecimals } from '../format/shared-decimals'
import type { ChartParts, LegendItem } from '../frame/chart-parts'
import { ink, palette, paper } from '../style/palette'
import { fontSize } from '../style/typography'
import { textWidth } from '../text/text-width'
import type { ChartContext } from './chart-context'
import { labelMarks } from './label-marks'
import type { PointLabel } from './label-marks'
import { lineFrame } from './line-frame'
import { targetLabels } from './target-labels'
import { lastPoint, yearPoints } from './year-points'

/** Plot area height as a share of the width: wide enough to read growth, short enough for a page. */
const aspect = 0.5
/** The plan's dash: long enough to read as planned, not dotted. */
export const planDash = '7 5'

/**
 * `projection`: the series' history (solid, black), the plan path (dashed), the model path
 * (solid, with dots) and each target at the level it asks for, marked and labelled. Line ends
 * carry their last value, so the gap between plan and model reads without the axis.
 *
 * @example projectionChart(data, context).title // => "GDP: plan, model path and targets"
 */
export function projectionChart(data: ProjectionData, ctx: ChartContext): ChartParts {
  const { Plot, words: w, lang } = ctx
  const plan = data.plan ? yearPoints(data.years, data.plan) : []
  const model = data.model ? yearPoints(data.years, data.model) : []
  const history = joinHistory(data.history, plan[0] ?? model[0])
  const decimals = sharedDecimals([lastPoint(plan)?.value ?? 0, lastPoint(model)?.value ?? 0])
  const ends = [
    ...endLabel(lastPoint(plan), w.plan, palette.blue, decimals),
    ...endLabel(lastPoint(model), w.model, palette.vermillion, decimals)
  ]
  const marginRight = Math.max(0, ...ends.map((l) => textWidth(l.lines[0] ?? '', fontSize.label) + 22))
  const height = Math.round(ctx.width * aspect)
  const years = [...data.years, ...history.map((p) => p.year)]
  const values = [...plan, ...model, ...history, ...data.targets].map((p) => p.value)
  const frame = lineFrame(Plot, { years, values, unit: data.unit, lang, width: ctx.width, height, marginRight })
  const labels = targetLabels(data.targets, frame, data.unit, lang)
  const marks = [
    ...frame.axisMarks,
    Plot.line(history, { x: 'year', y: 'value', stroke: ink, strokeWidth: 2 }),
    Plot.dot(data.history, { x: 'year', y: 'value', fill: ink, r: 3 }),
    Plot.line(plan, { x: 'year', y: 'value', stroke: palette.blue, strokeWidth: 2.5, strokeDasharray: planDash }),
    Plot.line(model, { x: 'year', y: 'value', stroke: palette.vermillion, strokeWidth: 2.5 }),
    Plot.dot(model, { x: 'year', y: 'value', fill: palette.vermillion, r: 3 }),
    Plot.dot(data.targets, { x: 'year', y: 'value', symbol: 'diamond2', r: 6, fill: paper, stroke: ink, strokeWidth: 2 }),
    ...labelMarks(Plot, frame, [...ends, ...labels], [history, plan, model])
  ]
  const legend: LegendItem[] = [
    ...(history.length > 0 ? [{ label: w.history, swatch: { kind: 'line', colour: ink } } as const] : []),
    ...(plan.length > 0 ? [{ label: w.plan, swatch: { kind: 'line', colour: palette.blue, dash: planDash } } as const] : []),
    ...(model.length > 0 ? [{ label: w.model, swatch: { kind: 'line', colour: palette.vermillion } } as const] : []),
    ...(data.targets.length > 0 ? [{ label: w.target, swatch: { kind: 'diamond', colour: ink } } as const] : [])
  ]
  return {
    title: w.projectionTitle(data.series),
    description: describe(data, plan, model, ctx),
    legend,
    panels: [{ height, options: { ...frame.options, marks } }],
    source: w.source(ctx.scenarios.join(', '))
  }
}

// the history drawn up to where the paths start, so the solid line meets the dashed one
function joinHistory(history: readonly YearPoint[], start: YearPoint | undefined): YearPoint[] {
  const before = history.filter((p) => start === undefined || p.year < start.year)
  return before.length > 0 && start ? [...before, start] : [...history]
}

// the label at a line's end: its name and last value
function endLabel(point: YearPoint | undefined, name: string, colour: string, decimals: number): PointLabel[] {
  if (!point) return []
  return [{ year: point.year, value: point.value, lines: [`${name} ${formatNumber(point.value, decimals)}`], colour, side: 'right', weight: 'bold' }]
}

// what a screen reader says about the chart
function describe(data: ProjectionData, plan: YearPoint[], model: YearPoint[], ctx: ChartContext): string {
  const parts: string[] = []
  const say = (name: string, p: YearPoint | undefined): void => {
    if (p) parts.push(`${name} ${p.year}: ${formatValue(p.value, data.unit, ctx.lang)}`)
  }
  say(ctx.words.plan, lastPoint(plan))
  say(ctx.words.model, lastPoint(model))
  for (const t of data.targets) parts.push(`${ctx.words.target} ${t.year}: ${t.label}, ${formatValue(t.value, data.unit, ctx.lang)}`)
  return `${parts.join(ctx.words.comma)}. ${ctx.words.description}`
}
