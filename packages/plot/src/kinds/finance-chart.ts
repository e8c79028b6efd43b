import type { FinanceData } from '../chart-types'
import { formatNumber } from '../format/format-number'
import { formatValue } from '../format/format-value'
import { sharedDecimals } from '../format/shared-decimals'
import { unitLabel } from '../format/unit-label'
import type { ChartParts, Panel } from '../frame/chart-parts'
import { ink, mutedInk, palette, paper } from '../style/palette'
import { fontSize, lineHeight } from '../style/typography'
import { labelledAt, labelStride } from '../text/label-stride'
import { textWidth } from '../text/text-width'
import { valueLabelCentres } from '../text/value-label-centres'
import type { ChartContext } from './chart-context'
import { lineFrame } from './line-frame'
import { planDash } from './projection-chart'
import { yearPoints } from './year-points'

/** Each panel's height as a share of the width. */
const panelAspect = 0.3
/** A bar's width as a share of a year's width, and at most in pixels (a two-year plan has wide years). */
const barShare = 0.56
const maxBarPixels = 56
/** Height of the panel that says there is no ratio to draw. */
const notePanelHeight = 48
/** Room right of the plot area for the limit's label. */
const limitLabelRoom = 90
/** Gap between a ratio's dot and its label, in px. */
const ratioLabelOffset = 6
/** How far above the ratio panel's plot area its labels may go, in px (below the axis label). */
const ratioLabelOverTop = 8

/**
 * `finance`: two panels over the same years. Above, the debt (M10) as bars with their values;
 * below, the debt ratio (debt / fiscal revenue, M11) as a line against its limit, a dashed rule.
 * Two panels rather than two axes on one: a dual-axis chart invites reading the crossing of
 * the lines, which means nothing.
 *
 * @example financeChart(data, context).panels.length // => 2
 */
export function financeChart(data: FinanceData, ctx: ChartContext): ChartParts {
  const { Plot, words: w, lang } = ctx
  const debt = yearPoints(data.years, data.debt)
  const ratio = yearPoints(data.years, data.ratio)
  const height = Math.round(ctx.width * panelAspect)
  // the frame is laid out twice: the first fixes a year's width, which fixes the bars' width and
  // so the room the first and last bars need at the sides
  const frameFor = (yearInset?: number) =>
    lineFrame(Plot, {
    yearInset,
    years: data.years,
    values: debt.map((p) => p.value),
    unit: data.debtUnit,
    lang,
    width: ctx.width,
    height,
    marginRight: limitLabelRoom,
    includeZero: true,
    label: `${w.debt}${w.comma}${unitLabel(data.debtUnit, lang)}`
  })
  const first = data.years[0] ?? 0
  const yearPixels = Math.abs(frameFor().px(first + 1) - frameFor().px(first))
  const barPixels = Math.min(maxBarPixels, yearPixels * barShare)
  const barYears = barPixels / (yearPixels || 1)
  const debtFrame = frameFor(barPixels / 2 + 6)
  const ratioUnit = { kind: 'percent' } as const
  // one number of decimals for all bars; labels far enough apart not to overlap, the same years in both panels
  const decimals = sharedDecimals(debt.map((p) => p.value))
  // a debt paid off is 0, not 0.00
  const debtText = (value: number): string => formatNumber(value, value === 0 ? 0 : decimals)
  const ratioText = (value: number): string => formatValue(value, ratioUnit, lang)
  const widths = [...debt.map((p) => debtText(p.value)), ...ratio.map((p) => ratioText(p.value))].map((t) => textWidth(t, fontSize.label))
  const stride = labelStride(widths, yearPixels)
  // counted back from each series' last value, the one a reader looks for (a year without one is not drawn)
  const labelledIn = (points: readonly { year: number }[]) => {
    const last = Math.max(-1, ...points.map((p) => data.years.indexOf(p.year)))
    return (p: { year: number }): boolean => labelledAt(data.years.indexOf(p.year), last + 1, stride)
  }
  const debtPanel: Panel = {
    height,
    options: {
      ...debtFrame.options,
      marks: [
        ...debtFrame.axisMarks,
        Plot.rectY(debt, { x1: (d: { year: number }) => d.year - barYears / 2, x2: (d: { year: number }) => d.year + barYears / 2, y: 'value', fill: palette.blue }),
        Plot.text(debt.filter(labelledIn(debt)), { x: 'year', y: 'value', text: (d: { value: number }) => debtText(d.value), dy: -5, lineAnchor: 'bottom', fontSize: fontSize.label, fill: ink })
      ]
    }
  }
  const panels: Panel[] = [debtPanel, ratio.length > 0 ? ratioPanel() : notePanel()]
  return {
    title: w.financeTitle,
    description: describe(),
    legend: [
      { label: w.debt, swatch: { kind: 'box', colour: palette.blue } },
      ...(ratio.length === 0
        ? []
        : [
            { label: w.debtRatio, swatch: { kind: 'line', colour: palette.vermillion } } as const,
            { label: w.limit(formatValue(data.limit, { kind: 'percent' }, lang)), swatch: { kind: 'line', colour: ink, dash: planDash, width: 1.5 } } as const
          ])
    ],
    panels,
    source: w.source(ctx.scenarios.join(', '))
  }

  // the debt ratio against the limit
  function ratioPanel(): Panel {
    const frame = lineFrame(Plot, { years: data.years, values: [...ratio.map((p) => p.value), data.limit], unit: ratioUnit, lang, width: ctx.width, height, marginRight: limitLabelRoom, includeZero: true, label: `${w.debtRatio}${w.comma}%`, yearInset: debtFrame.px(first) - debtFrame.left })
    const limitText = w.limit(formatValue(data.limit, ratioUnit, lang))
    // each label above its dot, or where it keeps clear of the line and the limit's rule
    const shown = ratio.filter(labelledIn(ratio))
    const path = ratio.map((p) => [frame.px(p.year), frame.py(p.value)] as const)
    const rule = [[frame.left, frame.py(data.limit)], [frame.right, frame.py(data.limit)]] as const
    const centres = valueLabelCentres(
      shown.map((p) => ({ x: frame.px(p.year), y: frame.py(p.value), width: textWidth(ratioText(p.value), fontSize.label) })),
      { height: fontSize.label * lineHeight, offset: ratioLabelOffset, lines: [path, rule], top: frame.top - ratioLabelOverTop, bottom: frame.bottom }
    )
    const labels = shown.map((p, i) => ({ year: p.year, value: frame.valueAt(centres[i]!), text: ratioText(p.value) }))
    return {
      height,
      options: {
        ...frame.options,
        marks: [
          ...frame.axisMarks,
          Plot.ruleY([data.limit], { stroke: ink, strokeWidth: 1.5, strokeDasharray: planDash }),
          Plot.text([limitText], { frameAnchor: 'right', y: () => data.limit, dx: 8, textAnchor: 'start', fill: ink, fontSize: fontSize.label }),
          Plot.line(ratio, { x: 'year', y: 'value', stroke: palette.vermillion, strokeWidth: 2.5 }),
          Plot.dot(ratio, { x: 'year', y: 'value', fill: palette.vermillion, r: 3.5 }),
          Plot.text(labels, { x: 'year', y: 'value', text: 'text', lineAnchor: 'middle', fontSize: fontSize.label, fill: palette.vermillion, stroke: paper, strokeWidth: 4, paintOrder: 'stroke' })
        ]
      }
    }
  }

  // a short panel saying why there is no ratio
  function notePanel(): Panel {
    return {
      height: notePanelHeight,
      options: { x: { axis: null }, y: { axis: null }, margin: 0, marks: [Plot.text([w.noRatio], { frameAnchor: 'middle', fill: mutedInk, fontSize: fontSize.label })] }
    }
  }

  // what a screen reader says about the chart
  function describe(): string {
    const lastDebt = debt[debt.length - 1]
    const peak = ratio.reduce<{ year: number; value: number } | undefined>((a, p) => (a === undefined || p.value > a.value ? p : a), undefined)
    const parts: string[] = []
    if (lastDebt) parts.push(`${w.debt} ${lastDebt.year}: ${formatValue(lastDebt.value, data.debtUnit, lang)}`)
    parts.push(peak ? `${w.debtRatio} ${peak.year}: ${formatValue(peak.value, { kind: 'percent' }, lang)}` : w.noRatio)
    parts.push(w.limit(formatValue(data.limit, { kind: 'percent' }, lang)))
    return `${parts.join(w.comma)}. ${w.description}`
  }
}
