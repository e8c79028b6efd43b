import type * as PlotApi from '@observablehq/plot'
import type { ChartUnit, Lang } from '../chart-types'
import { formatTick } from '../format/format-value'
import { unitLabel } from '../format/unit-label'
import { wordsFor } from '../format/words'
import { linearMap, niceScale, yearTicks } from '../scale/nice-scale'
import type { NiceScale } from '../scale/nice-scale'
import type { PlotModule } from '../load/load-libraries'
import { mutedInk } from '../style/palette'
import { fontSize, pagePadding } from '../style/typography'
import { textWidth } from '../text/text-width'

/** Room above the plot area for the value axis' label. */
const marginTop = 28
/** Room below it for the year ticks and the axis label. */
const marginBottom = 40
/** Gap between tick labels and the plot area, and the tick length. */
const tickRoom = 14
/** Space between the frame's edges and the first and last years, so end dots are not cut. */
const yearInset = 10
/** Pixels per year label, for thinning the ticks of long histories. */
const pixelsPerYearTick = 44
/** Pixels per value tick. */
const pixelsPerValueTick = 44

/** What a time chart needs to draw: Plot's scale options, and pixel positions for labels. */
export interface LineFrame {
  /** Plot options for the scales, axes and margins */
  options: PlotApi.PlotOptions
  y: NiceScale
  /** a year's x in pixels */
  px(year: number): number
  /** a value's y in pixels */
  py(value: number): number
  /** the value at a y in pixels */
  valueAt(py: number): number
  /** marks every time chart has: the year axis' label under the last tick */
  axisMarks: PlotApi.Markish[]
  /** the plot area's top and bottom in pixels */
  top: number
  bottom: number
  /** the plot area's left and right edges in pixels */
  left: number
  right: number
}

/** The layout of one time chart panel. */
export interface LineFrameInput {
  years: readonly number[]
  /** every value drawn, to size the axis */
  values: readonly number[]
  unit: ChartUnit
  lang: Lang
  width: number
  height: number
  /** room to the right of the plot area, for end labels */
  marginRight: number
  /** start the value axis at zero (areas, debt) */
  includeZero?: boolean
  /** the value axis' label; default the unit's */
  label?: string
  /** space between the frame's sides and the first and last years, in pixels (bars need half their width) */
  yearInset?: number
}

/**
 * The frame of a chart over years: a year axis with whole-year ticks, a value axis rounded to
 * whole ticks with the unit and price basis as its label, and the mapping from data to pixels,
 * fixed here so that labels can be moved apart before Plot draws.
 *
 * @example lineFrame(Plot, { years: [2005, 2010], values: [1227.79, 3184.57], unit, lang: 'en', width: 720, height: 320, marginRight: 60 }).y.domain // => [1000, 3500]
 */
export function lineFrame(Plot: PlotModule, input: LineFrameInput): LineFrame {
  const first = Math.min(...input.years)
  const last = Math.max(...input.years)
  const values = input.includeZero ? [0, ...input.values] : input.values
  const count = Math.max(3, Math.round((input.height - marginTop - marginBottom) / pixelsPerValueTick))
  const y = niceScale(Math.min(...values), Math.max(...values), count)
  const tickLabels = y.ticks.map((t) => formatTick(t, y.step, input.unit))
  const marginLeft = Math.max(pagePadding + 20, ...tickLabels.map((t) => textWidth(t, fontSize.axis) + tickRoom + pagePadding))
  const marginRight = Math.max(pagePadding, input.marginRight)
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const xTicks = yearTicks(years, Math.max(2, Math.floor((input.width - marginLeft - marginRight) / pixelsPerYearTick)))
  const inset = input.yearInset ?? yearInset
  const x = linearMap([first, last === first ? first + 1 : last], [marginLeft + inset, input.width - marginRight - inset])
  const yMap = linearMap(y.domain, [input.height - marginBottom, marginTop])
  const options: PlotApi.PlotOptions = {
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: {
      type: 'linear',
      domain: [first, last === first ? first + 1 : last],
      ticks: xTicks,
      tickFormat: (d: number) => String(d),
      // Plot puts a right-anchored label at the panel's edge, past the end labels: see `yearLabel`
      label: null,
      insetLeft: inset,
      insetRight: inset
    },
    y: {
      type: 'linear',
      domain: y.domain,
      ticks: y.ticks,
      tickFormat: (d: number) => formatTick(d, y.step, input.unit),
      label: input.label ?? unitLabel(input.unit, input.lang),
      labelAnchor: 'top',
      labelArrow: 'none',
      labelOffset: marginLeft - pagePadding,
      grid: true
    }
  }
  const yearLabel = Plot.text([wordsFor(input.lang).year], { frameAnchor: 'bottom-right', dy: marginBottom - 6, dx: inset, textAnchor: 'end', lineAnchor: 'bottom', fill: mutedInk })
  return {
    options,
    axisMarks: [yearLabel],
    y,
    px: x.apply,
    py: yMap.apply,
    valueAt: yMap.invert,
    top: marginTop,
    bottom: input.height - marginBottom,
    left: marginLeft,
    right: input.width - marginRight
  }
}
