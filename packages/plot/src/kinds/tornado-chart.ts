import type { TornadoData, TornadoLever } from '../chart-types'
import { formatNumber } from '../format/format-number'
import { formatTick, formatValue } from '../format/format-value'
import { unitLabel } from '../format/unit-label'
import { tellingDecimals } from '../format/telling-decimals'
import type { ChartParts } from '../frame/chart-parts'
import { ink, palette, paper } from '../style/palette'
import { fontSize, pagePadding } from '../style/typography'
import { fitLabelWithUnit } from '../text/fit-label-with-unit'
import { textWidth } from '../text/text-width'
import { wrapText } from '../text/wrap-text'
import type { ChartContext } from './chart-context'
import { valueAxis } from './value-axis'

/** Height of one lever's row: two half-bars and their labels. */
const rowHeight = 46
/** Share of a row left empty between rows. */
const rowPadding = 0.2
/** Room above the bars for the base and target labels, and below for the axis. */
const marginTop = 30
const marginBottom = 44
/** Lever names wrap at this share of the width. */
const leverLabelShare = 0.3
/** Gap between a bar's end and its label. */
const endGap = 5
/** Width of the paper outline under the bar-end labels: wide enough that a rule behind them breaks clearly. */
const endHaloWidth = 6
/** Space kept between the last tick's label and the page's right edge. */
const tickLabelGap = 4
/** Colours of the two ends: orange and blue stay apart for every common colour-vision deficiency. */
const lowColour = palette.orange
const highColour = palette.blue

/**
 * `tornado`: one row per lever, sorted by swing (largest on top); from the target's scenario
 * value, a bar to its value with the lever at its low setting (upper half of the row) and one
 * to its value at the high setting (lower half), each end labelled with the lever setting and
 * the target's value there; the scenario value and the target's bound as vertical rules.
 *
 * @example tornadoChart(data, context).panels[0].height // => 30 + 46 × levers + 44
 */
export function tornadoChart(data: TornadoData, ctx: ChartContext): ChartParts {
  const { Plot, words: w, lang } = ctx
  const levers = [...data.levers].sort((a, b) => b.swing - a.swing || a.lever.localeCompare(b.lever))
  // enough decimals that the scenario value never reads as its bound when it misses it
  const extra = tellingDecimals(data.base, data, data.valueUnit, lang)
  const fmt = (v: number): string => formatValue(v, data.valueUnit, lang, extra)
  const endText = (setting: number, value: number): string => `${formatLever(setting)} → ${fmt(value)}`
  const names = new Map(levers.map((l) => [l.lever, wrapText(`${l.label ?? l.lever} (${formatLever(l.low)}–${formatLever(l.high)})`, fontSize.axis, ctx.width * leverLabelShare, 3)]))
  const marginLeft = pagePadding + 10 + Math.max(...[...names.values()].flat().map((t) => textWidth(t, fontSize.axis)))
  const labelRoom = Math.max(...levers.flatMap((l) => [endText(l.low, l.value_low), endText(l.high, l.value_high)]).map((t) => textWidth(t, fontSize.label))) + endGap + 4
  const bounds = [data.min, data.max].filter((b): b is number => b !== undefined)
  const axisFor = (right: number) => valueAxis([data.base, ...levers.flatMap((l) => [l.value_low, l.value_high]), ...bounds], data.valueUnit, ctx.width - marginLeft - right, labelRoom, labelRoom, formatAxisLabel(ctx.width - marginLeft - right))
  // the last tick's label is centred on the plot's right edge: room for its right half ("35,000" was cut at the page edge)
  const lastTick = (a: ReturnType<typeof valueAxis>): string => formatTick(a.scale.ticks[a.scale.ticks.length - 1] ?? 0, a.scale.step, data.valueUnit)
  const marginRight = Math.max(pagePadding, textWidth(lastTick(axisFor(pagePadding)), fontSize.axis) / 2 + tickLabelGap)
  const x = axisFor(marginRight)
  const height = marginTop + rowHeight * levers.length + marginBottom
  const half = (rowHeight * (1 - rowPadding)) / 2
  const baseFirst = bounds.every((b) => b >= data.base)
  const ends = levers.flatMap((l) => [
    { lever: l.lever, at: l.value_low, text: endText(l.low, l.value_low), dy: -half / 2, colour: lowColour },
    { lever: l.lever, at: l.value_high, text: endText(l.high, l.value_high), dy: half / 2, colour: highColour }
  ])
  const marks = [
    Plot.barX(levers, { y: 'lever', x1: () => data.base, x2: 'value_low', fill: lowColour, insetBottom: half }),
    Plot.barX(levers, { y: 'lever', x1: () => data.base, x2: 'value_high', fill: highColour, insetTop: half }),
    // the bounds' rules go under the bar-end labels, whose halo then breaks them (a rule ran through "0.03 → 0.061 億元")
    ...bounds.map((b) => Plot.ruleX([b], { stroke: palette.vermillion, strokeWidth: 1.5, strokeDasharray: '5 4' })),
    ...ends.map((e) =>
      Plot.text([e], {
        y: 'lever',
        x: 'at',
        text: 'text',
        dy: e.dy,
        dx: e.at >= data.base ? endGap : -endGap,
        textAnchor: e.at >= data.base ? 'start' : 'end',
        fontSize: fontSize.label,
        fill: ink,
        stroke: paper,
        strokeWidth: endHaloWidth,
        paintOrder: 'stroke'
      })
    ),
    Plot.ruleX([data.base], { stroke: ink, strokeWidth: 1.5 }),
    // the base's and the bounds' labels sit above the rows, each on the side away from the other
    Plot.text([w.baseValue(fmt(data.base))], { x: () => data.base, frameAnchor: 'top', dy: -8, dx: baseFirst ? -4 : 4, textAnchor: baseFirst ? 'end' : 'start', lineAnchor: 'bottom', fill: ink, fontSize: fontSize.label }),
    ...bounds.map((b, i) =>
      Plot.text([w.bound(data.min !== undefined && i === 0 ? '≥' : '≤', fmt(b))], { x: () => b, frameAnchor: 'top', dy: -8, dx: b >= data.base ? 4 : -4, textAnchor: b >= data.base ? 'start' : 'end', lineAnchor: 'bottom', fill: palette.vermillion, fontSize: fontSize.label })
    )
  ]
  return {
    title: w.tornadoTitle(data.targetLabel),
    description: `${levers.map((l) => `${l.label ?? l.lever}: ${fmt(l.value_low)}–${fmt(l.value_high)}`).join(w.comma)}. ${w.baseValue(fmt(data.base))}. ${w.description}`,
    legend: [
      { label: w.leverLow, swatch: { kind: 'box', colour: lowColour } },
      { label: w.leverHigh, swatch: { kind: 'box', colour: highColour } }
    ],
    panels: [
      {
        height,
        options: {
          marginLeft,
          marginRight,
          marginTop,
          marginBottom,
          x: { ...x.options, labelOffset: marginBottom - 8 },
          y: { type: 'band', domain: levers.map((l) => l.lever), padding: rowPadding, tickSize: 0, tickFormat: (id: string) => (names.get(id) ?? [id]).join('\n'), label: null },
          marks
        }
      }
    ],
    source: w.source(ctx.scenarios.join(', '))
  }

  // the value axis' label: the target, shortened to the plot's width, and its unit with the price basis
  function formatAxisLabel(width: number): string {
    const unit = data.valueUnit.kind === 'percent' ? '%' : data.valueUnit.kind === 'ratio' ? '' : unitLabel(data.valueUnit, lang)
    return fitLabelWithUnit(data.targetLabel, unit, fontSize.axis, width)
  }
}

/**
 * A lever setting for a label: up to three decimals, trailing zeros dropped.
 *
 * @example formatLever(0.35) // => "0.35"
 */
export function formatLever(value: TornadoLever['low']): string {
  return formatNumber(value, 3).replace(/\.?0+$/, '')
}

