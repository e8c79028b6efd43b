import type { FanData, YearPoint } from '../chart-types'
import { formatNumber, levelDecimals } from '../format/format-number'
import { formatValue } from '../format/format-value'
import type { ChartParts } from '../frame/chart-parts'
import { ink, palette, paper, tint } from '../style/palette'
import { fontSize } from '../style/typography'
import { textWidth } from '../text/text-width'
import type { ChartContext } from './chart-context'
import { labelMarks } from './label-marks'
import type { PointLabel } from './label-marks'
import { lineFrame } from './line-frame'
import { targetLabels } from './target-labels'
import { lastPoint, yearPoints } from './year-points'

/** Plot area height as a share of the width. */
const aspect = 0.5
/** The fan's hue, and its shades: the outer band palest, as central banks draw fans. */
const fanColour = palette.blue
const outerBand = tint(fanColour, 0.78)
const innerBand = tint(fanColour, 0.5)

/** The band between two quantiles in one year. */
interface BandPoint {
  year: number
  lo: number
  hi: number
}

/**
 * `fan`: the Monte Carlo spread of the model path, as graded bands (10–90% of draws palest,
 * 25–75% darker), the median as a line, the history before it, and the targets marked.
 *
 * @example fanChart(data, context).legend[0].label // => "10–90% of draws"
 */
export function fanChart(data: FanData, ctx: ChartContext): ChartParts {
  const { Plot, words: w, lang } = ctx
  const outer = bands(data.years, data.bands.p10, data.bands.p90)
  const inner = bands(data.years, data.bands.p25, data.bands.p75)
  const median = yearPoints(data.years, data.bands.p50)
  const start = median[0]
  const history = start ? [...data.history.filter((p) => p.year < start.year), start] : [...data.history]
  const end = lastPoint(median)
  const ends: PointLabel[] = end ? [{ year: end.year, value: end.value, lines: [`${w.median} ${formatNumber(end.value, levelDecimals(end.value))}`], colour: fanColour, side: 'right', weight: 'bold' }] : []
  const marginRight = Math.max(0, ...ends.map((l) => textWidth(l.lines[0] ?? '', fontSize.label) + 22))
  const height = Math.round(ctx.width * aspect)
  const values = [...outer.flatMap((b) => [b.lo, b.hi]), ...history.map((p) => p.value), ...data.targets.map((t) => t.value)]
  const frame = lineFrame(Plot, { years: [...data.years, ...history.map((p) => p.year)], values, unit: data.unit, lang, width: ctx.width, height, marginRight })
  const labels = targetLabels(data.targets, frame, data.unit, lang)
  const marks = [
    ...frame.axisMarks,
    Plot.areaY(outer, { x: 'year', y1: 'lo', y2: 'hi', fill: outerBand }),
    Plot.areaY(inner, { x: 'year', y1: 'lo', y2: 'hi', fill: innerBand }),
    Plot.line(history, { x: 'year', y: 'value', stroke: ink, strokeWidth: 2 }),
    Plot.dot(data.history, { x: 'year', y: 'value', fill: ink, r: 3 }),
    Plot.line(median, { x: 'year', y: 'value', stroke: fanColour, strokeWidth: 2.5 }),
    Plot.dot(data.targets, { x: 'year', y: 'value', symbol: 'diamond2', r: 6, fill: paper, stroke: ink, strokeWidth: 2 }),
    // the band's edges and the lines: target labels keep off the whole fan
    ...labelMarks(Plot, frame, [...ends, ...labels], [history, median, outer.map((b) => ({ year: b.year, value: b.lo })), outer.map((b) => ({ year: b.year, value: b.hi }))])
  ]
  return {
    title: w.fanTitle(data.series),
    description: describe(data, end, ctx),
    legend: [
      { label: w.band(10, 90), swatch: { kind: 'box', colour: outerBand } },
      { label: w.band(25, 75), swatch: { kind: 'box', colour: innerBand } },
      { label: w.median, swatch: { kind: 'line', colour: fanColour } },
      ...(history.length > 1 ? [{ label: w.history, swatch: { kind: 'line', colour: ink } } as const] : []),
      ...(data.targets.length > 0 ? [{ label: w.target, swatch: { kind: 'diamond', colour: ink } } as const] : [])
    ],
    panels: [{ height, options: { ...frame.options, marks } }],
    source: w.monteCarloSource(ctx.scenarios.join(', '), formatNumber(data.draws, 0), String(data.seed))
  }
}

// the years where both quantiles are defined
function bands(years: readonly number[], lo: FanData['bands']['p10'], hi: FanData['bands']['p90']): BandPoint[] {
  const out: BandPoint[] = []
  years.forEach((year, i) => {
    const a = lo[i]
    const b = hi[i]
    if (a !== null && a !== undefined && b !== null && b !== undefined) out.push({ year, lo: a, hi: b })
  })
  return out
}

// what a screen reader says about the chart
function describe(data: FanData, end: YearPoint | undefined, ctx: ChartContext): string {
  const last = data.years.length - 1
  const lo = data.bands.p10[last]
  const hi = data.bands.p90[last]
  const parts: string[] = []
  if (end) parts.push(`${ctx.words.median} ${end.year}: ${formatValue(end.value, data.unit, ctx.lang)}`)
  if (lo !== null && lo !== undefined && hi !== null && hi !== undefined) parts.push(`${ctx.words.band(10, 90)}: ${formatValue(lo, data.unit, ctx.lang)}–${formatValue(hi, data.unit, ctx.lang)}`)
  for (const t of data.targets) parts.push(`${ctx.words.target} ${t.year}: ${t.label}, ${formatValue(t.value, data.unit, ctx.lang)}`)
  return `${parts.join(ctx.words.comma)}. ${ctx.words.description}`
}
