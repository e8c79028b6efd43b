/** A value axis: its domain, rounded out to whole ticks, and the ticks. */
export interface NiceScale {
  domain: [number, number]
  ticks: number[]
  /** distance between ticks */
  step: number
}

/** Tick steps are 1, 2 or 5 times a power of ten (as d3's ticks). */
const stepMultiples = [1, 2, 5, 10]

/**
 * A domain covering [min, max], widened to whole steps of about `count` ticks, and the ticks.
 * The domain is fixed here rather than left to Plot, so that labels can be placed in pixels
 * (see `dodgeLabels`) before Plot draws.
 *
 * @example niceScale(1227.79, 3184.57, 6) // => { domain: [1000, 3500], ticks: [1000, 1500, …, 3500], step: 500 }
 */
export function niceScale(min: number, max: number, count: number): NiceScale {
  let lo = Math.min(min, max)
  let hi = Math.max(min, max)
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1]
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
    // one value: show it in the middle of a small range
    const pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1
    lo -= pad
    hi += pad
  }
  const rough = (hi - lo) / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = (stepMultiples.find((m) => m * power >= rough * (1 - 1e-9)) ?? 10) * power
  const start = Math.floor(lo / step + 1e-9)
  const end = Math.ceil(hi / step - 1e-9)
  const ticks: number[] = []
  // multiply rather than add, so that ticks carry no accumulated rounding error
  for (let k = start; k <= end; k++) ticks.push(clean(k * step))
  return { domain: [clean(start * step), clean(end * step)], ticks, step }
}

// 0.30000000000000004 → 0.3
function clean(x: number): number {
  return Number.parseFloat(x.toPrecision(12))
}

/**
 * A linear map from a domain to a pixel range, and its inverse.
 *
 * @example linearMap([0, 10], [300, 20]).apply(5) // => 160
 */
export function linearMap(domain: readonly [number, number], range: readonly [number, number]): { apply(x: number): number; invert(px: number): number } {
  const [d0, d1] = domain
  const [r0, r1] = range
  const k = (r1 - r0) / (d1 - d0 || 1)
  return { apply: (x) => r0 + (x - d0) * k, invert: (px) => d0 + (px - r0) / k }
}

/**
 * Ticks of a year axis: every year when they fit, else every second or fifth; never a fraction
 * of a year.
 *
 * @param years the years drawn, ascending
 * @param maxTicks how many labels fit
 * @example yearTicks([2005, 2006, 2007, 2008, 2009, 2010], 12) // => [2005, 2006, 2007, 2008, 2009, 2010]
 */
export function yearTicks(years: readonly number[], maxTicks: number): number[] {
  const first = years[0] ?? 0
  const last = years[years.length - 1] ?? first
  const span = last - first
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s + 1 <= maxTicks) ?? 100
  const ticks: number[] = []
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y)
  return ticks
}
