import type * as PlotApi from '@observablehq/plot'
import type { ChartUnit } from '../chart-types'
import { formatTick } from '../format/format-value'
import { niceScale } from '../scale/nice-scale'
import type { NiceScale } from '../scale/nice-scale'

/** Pixels per tick of a horizontal value axis. */
const pixelsPerTick = 70

/**
 * A horizontal value axis for bar charts (tornado, targets): a nice domain that also leaves
 * `padLeft` and `padRight` pixels beyond the data for labels at the bar ends.
 *
 * @param values every value a bar reaches (and any rule drawn)
 * @param plotWidth the plot area's width in pixels
 * @example valueAxis([0.1, 0.2], { kind: 'percent' }, 400, 60, 60, 'margin').scale.domain // => [0, 0.3]
 */
export function valueAxis(values: readonly number[], unit: ChartUnit, plotWidth: number, padLeft: number, padRight: number, label: string): { options: PlotApi.ScaleOptions; scale: NiceScale } {
  const lo = Math.min(...values)
  const hi = Math.max(...values)
  const span = hi - lo || Math.abs(hi) || 1
  const inner = Math.max(plotWidth - padLeft - padRight, plotWidth * 0.3)
  const perPixel = span / inner
  const scale = niceScale(lo - padLeft * perPixel, hi + padRight * perPixel, Math.max(2, Math.round(plotWidth / pixelsPerTick)))
  return {
    scale,
    options: {
      type: 'linear',
      domain: scale.domain,
      ticks: scale.ticks,
      tickFormat: (d: number) => formatTick(d, scale.step, unit),
      label,
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true
    }
  }
}
