import type { TargetOutcome, TargetsData } from '../chart-types'
import { formatValue } from '../format/format-value'
import { tellingDecimals } from '../format/telling-decimals'
import type { ChartParts } from '../frame/chart-parts'
import { ink, mutedInk, palette } from '../style/palette'
import { fontSize, lineHeight, pagePadding } from '../style/typography'
import { textWidth } from '../text/text-width'
import { wrapText } from '../text/wrap-text'
import type { ChartContext } from './chart-context'
import { valueAxis } from './value-axis'

/** Room above the rows and below them for the axis. */
const marginTop = 12
const marginBottom = 44
/** Target labels wrap at this share of the width. */
const labelShare = 0.36
/** A row is at least this tall, and grows with its label's lines. */
const minRowHeight = 30
const rowPadding = 0.28
/** Gap between the zero line and the value text. */
const textGap = 6
/**
 * The value-against-bound column may take this share of the width on one line; wider, it takes
 * two (the value, then the bound): at 480 px the national scenario's "15,996 億元 against ≥ 15,000
 * 億元" on one line left the bars about 80 px between the label column and the text column.
 */
const textShare = 0.3
const metColour = palette.bluishGreen
const missedColour = palette.vermillion
/** Text of a missed target: darker than its bar, so it reads at small sizes. */
const missedText = '#a84400'

/** One row: a target and its margins, as shares of its bound. */
interface Row {
  id: string
  margin: number | null
  planMargin: number | null
  met: boolean
  /** the value against the bound, on one line (for the description) */
  text: string
  /** the same as drawn: one line, or two in a narrow chart */
  lines: readonly string[]
}

/**
 * `targets`: one row per target, in the scenario's order: a bar for its margin on the model path
 * (how far the value is past the bound, as a share of the bound: +10% is 10% better than asked),
 * green when met and orange-red when missed, a tick where the plan's own path stands, and the
 * value against the bound in a column on the right. One scale for rates and levels alike, which is
 * why margins are relative.
 *
 * @example targetsChart(data, context).legend.map((l) => l.label) // => ["Met", "Missed", "On the plan path"]
 */
export function targetsChart(data: TargetsData, ctx: ChartContext): ChartParts {
  const { Plot, words: w } = ctx
  const labels = new Map(data.targets.map((t) => [t.id, wrapText(t.label, fontSize.axis, ctx.width * labelShare, 3)]))
  const versus = data.targets.map((t) => (t.model === null ? null : versusParts(t, t.model, ctx)))
  const oneLine = versus.map((v) => (v === null ? w.noValue : w.versus(v.value, v.bound)))
  const narrow = Math.max(...oneLine.map((t) => textWidth(t, fontSize.label))) + 2 * textGap > ctx.width * textShare
  const rows: Row[] = data.targets.map((t, i) => {
    const v = versus[i]
    return {
      id: t.id,
      margin: marginOf(t.model, t),
      planMargin: marginOf(t.plan, t),
      met: t.met,
      text: oneLine[i]!,
      lines: v && narrow ? w.versusLines(v.value, v.bound) : [oneLine[i]!]
    }
  })
  const rowHeights = data.targets.map((t, i) => Math.max(minRowHeight, Math.max(labels.get(t.id)?.length ?? 1, rows[i]!.lines.length) * fontSize.axis * lineHeight + 10))
  const rowHeight = Math.max(...rowHeights, minRowHeight)
  const marginLeft = pagePadding + 10 + Math.max(...[...labels.values()].flat().map((t) => textWidth(t, fontSize.axis)))
  // the value against the bound goes in a column right of the bars, clear of bars and ticks
  const textRoom = Math.max(...rows.flatMap((r) => r.lines.map((l) => textWidth(l, fontSize.label)))) + 2 * textGap
  const marginRight = pagePadding + textRoom
  const plotWidth = ctx.width - marginLeft - marginRight
  const values = [0, ...rows.flatMap((r) => [r.margin, r.planMargin]).filter((v): v is number => v !== null)]
  const x = valueAxis(values, { kind: 'percent' }, plotWidth, 0, 0, w.margin)
  const height = marginTop + rowHeight * rows.length + marginBottom
  const withMargin = rows.filter((r) => r.margin !== null)
  const marks = [
    Plot.barX(withMargin, { y: 'id', x: 'margin', fill: (r: Row) => (r.met ? metColour : missedColour) }),
    Plot.ruleX([0], { stroke: ink, strokeWidth: 1.5 }),
    Plot.tickX(
      rows.filter((r) => r.planMargin !== null),
      { y: 'id', x: 'planMargin', stroke: ink, strokeWidth: 2.5, insetTop: 2, insetBottom: 2 }
    ),
    Plot.text(rows, {
      y: 'id',
      frameAnchor: 'right',
      text: (r: Row) => r.lines.join('\n'),
      dx: 2 * textGap,
      textAnchor: 'start',
      // two lines spaced as the labels' (one line keeps Plot's default centring)
      ...(narrow ? { lineHeight } : {}),
      fill: (r: Row) => (r.margin === null ? mutedInk : r.met ? ink : missedText),
      fontSize: fontSize.label
    })
  ]
  return {
    title: w.targetsTitle,
    description: `${data.targets.map((t, i) => `${t.label}: ${t.met ? w.met : w.missed}, ${rows[i]!.text}`).join(w.comma)}. ${w.description}`,
    legend: [
      { label: w.met, swatch: { kind: 'box', colour: metColour } },
      { label: w.missed, swatch: { kind: 'box', colour: missedColour } },
      { label: w.planPath, swatch: { kind: 'tick', colour: ink } }
    ],
    panels: [
      {
        height,
        options: {
          marginLeft,
          marginRight,
          marginTop,
          marginBottom,
          color: { type: 'identity' },
          x: { ...x.options, labelOffset: marginBottom - 8 },
          y: { type: 'band', domain: rows.map((r) => r.id), padding: rowPadding, tickSize: 0, tickFormat: (id: string) => (labels.get(id) ?? [id]).join('\n'), label: null },
          marks
        }
      }
    ],
    source: w.source(ctx.scenarios.join(', '))
  }
}

/**
 * How far a value is past a target's bound, as a share of the bound: positive when met, negative
 * when missed; with both bounds, the nearer. A bound of 0 has no scale: the margin is then the
 * value's own distance from it.
 *
 * @example marginOf(0.119, { min: 0.21 }) // => -0.4333 (11.9% is 43% short of 21%)
 */
export function marginOf(value: number | null, t: Pick<TargetOutcome, 'min' | 'max'>): number | null {
  if (value === null) return null
  const margins: number[] = []
  if (t.min !== undefined) margins.push((value - t.min) / (Math.abs(t.min) || 1))
  if (t.max !== undefined) margins.push((t.max - value) / (Math.abs(t.max) || 1))
  return margins.length === 0 ? null : Math.min(...margins)
}

// "9.96%" and "≥ 10.00%": the value and its bounds ("≥ 21.0%", "≤ 1.00", or both), with the decimals that tell them apart
function versusParts(t: TargetOutcome, value: number, ctx: ChartContext): { value: string; bound: string } {
  const extra = tellingDecimals(value, t, t.valueUnit, ctx.lang)
  const parts: string[] = []
  if (t.min !== undefined) parts.push(`≥ ${formatValue(t.min, t.valueUnit, 'en', extra)}`)
  if (t.max !== undefined) parts.push(`≤ ${formatValue(t.max, t.valueUnit, 'en', extra)}`)
  return { value: formatValue(value, t.valueUnit, ctx.lang, extra), bound: parts.join(', ') }
}
