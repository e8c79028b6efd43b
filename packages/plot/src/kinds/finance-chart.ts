import type { FinanceData } from '../chart-types'
import { formatNumber, levelDecimals } from '../format/format-number'
import { formatValue } from '../format/format-value'
import { unitLabel } from '../format/unit-label'
import type { ChartParts, Panel } from '../frame/chart-parts'
import { ink, mutedInk, palette, paper } from '../style/palette'
import { fontSize } from '../style/typography'
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
  const debtPanel: Panel = {
    height,
    options: {
      ...debtFrame.options,
      marks: [
        ...debtFrame.axisMarks,
        Plot.rectY(debt, { x1: (d: { year: number }) => d.year - barYears / 2, x2: (d: { year: number }) => d.year + barYears / 2, y: 'value', fill: palette.blue }),
        Plot.text(debt, { x: 'year', y: 'value', text: (d: { value: number }) => formatNumber(d.value, levelDecimals(d.value)), dy: -5, lineAnchor: 'bottom', fontSize: fontSize.label, fill: ink })
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
    const unit = { kind: 'percent' } as const
    const frame = lineFrame(Plot, { years: data.years, values: [...ratio.map((p) => p.value), data.limit], unit, lang, width: ctx.width, height, marginRight: limitLabelRoom, includeZero: true, label: `${w.debtRatio}${w.comma}%`, yearInset: debtFrame.px(first) - debtFrame.left })
    const limitText = w.limit(formatValue(data.limit, unit, lang))
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
          Plot.text(ratio, { x: 'year', y: 'value', text: (d: { value: number }) => formatValue(d.value, unit, lang), dy: -9, lineAnchor: 'bottom', fontSize: fontSize.label, fill: palette.vermillion, stroke: paper, strokeWidth: 4, paintOrder: 'stroke' })
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
