import { median } from 'simple-statistics'
import type { ObservedSeries } from '../history/observed-series'
import { describeOutlier } from './describe-outlier'
import type { Peer } from './describe-outlier'
import { robustSd } from './robust-scale'

/**
 * A flagged value is this many robust standard deviations from its series' pattern. Real growth
 * rates have heavier tails than the normal's (2009's slump, a boom year), so the usual 3 of a
 * Hampel filter flags clean years; 5 flags none of the 31 provinces' clean years in
 * shared/data and every slip in them (README "History and calibration").
 */
export const DEFAULT_OUTLIER_THRESHOLD = 5
/**
 * Smallest robust sd of growth surprises, log units: a series that grows almost evenly (a plan,
 * a smoothed estimate) would otherwise flag a one-point wobble.
 */
export const MIN_GROWTH_SCALE = 0.01
/** A jump is taken back when the next year's surprise has the other sign and at least this share of its size. */
const REVERSAL_SHARE = 0.5
/** Growth rates on each side that a year's expected growth is the median of. */
const NEIGHBOURS = 2
/** Fewest levels the check runs on: five growth rates, so that a median of neighbours and a MAD mean something. */
export const MIN_LEVELS_FOR_CHECKS = 6

/**
 * How a flagged value breaks its series: `spike` a jump that reverses the next year (a slip in
 * one value), `first` / `last` a break at either end (one value cannot be told from the rest),
 * `level-shift` a jump that lasts (a revision or a change of coverage).
 */
export type OutlierKind = 'spike' | 'first' | 'last' | 'level-shift'

/** What the statistics and forecasts do with a flagged value. */
export type OutlierTreatment = 'replaced' | 'dropped' | 'kept'

/** A `history-outlier` finding (MODEL.md §4). */
export interface HistoryOutlier {
  year: number
  /** the observed value */
  value: number
  /** what the series' pattern implies for that year */
  expected: number
  /** why it was flagged, with the numbers, and what was done with it */
  reason: string
  kind: OutlierKind
  /** distance from the pattern in robust standard deviations of the series' growth surprises */
  score: number
  treatment: OutlierTreatment
}

/** Options of `findOutliers`. */
export interface FindOutliersOptions {
  /** flag at this many robust sd; default 5 */
  threshold?: number
  /** the log growth common to all regions into each year (a panel's median), removed before judging; default none */
  commonGrowth?: ReadonlyMap<number, number>
  /** regions the common growth was taken over, for the message */
  peerCount?: number
  /** other regions' values of the same series in a year, to spot a value pasted from the wrong row */
  peers?: (year: number) => Peer[]
}

/**
 * Finds values that break their series' pattern (MODEL.md §4 `history-outlier`): a digit
 * dropped, a value pasted into the wrong row, a jump that reverses the next year, a break at
 * either end or in the middle.
 *
 * Each year's log growth (less the year's growth common to a panel, when given) is compared
 * with the median of up to two growth rates on each side; the surprise is scaled by the robust
 * sd (1.4826·MAD) of all the surprises, so one wild value cannot widen the yardstick it is
 * measured with. The largest surprise beyond `threshold` is flagged and classified: when the
 * next (or previous) surprise reverses it, the value between is a spike, replaced by the
 * geometric mean of its neighbours; otherwise a break at the first or last year, or a level
 * shift. The flagged value is then corrected in a working copy and the search repeats, at most
 * once per four years. O(n² log n).
 *
 * @param s levels of consecutive years, all positive
 * @returns the flagged values, in the order found; none with fewer than six levels
 * @example findOutliers({ name: "gdp", years: [2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007], values: [100, 110, 121, 13.3, 146, 161, 177, 195] })[0]?.year // => 2003
 */
export function findOutliers(s: ObservedSeries, options: FindOutliersOptions = {}): HistoryOutlier[] {
  const threshold = options.threshold ?? DEFAULT_OUTLIER_THRESHOLD
  const n = s.values.length
  if (n < MIN_LEVELS_FOR_CHECKS) return []
  const common = s.years.map((y, i) => (i === 0 ? 0 : (options.commonGrowth?.get(y) ?? 0)))
  const z = s.values.map(Math.log)
  // growth overrides of level shifts, which one corrected value cannot undo
  const shifted = new Map<number, number>()
  const found: HistoryOutlier[] = []
  const most = Math.max(1, Math.floor((n - 1) / 4))
  while (found.length < most) {
    const w = z.slice(1).map((v, k) => shifted.get(k) ?? v - z[k]! - common[k + 1]!)
    const e = w.map((g, k) => g - median(neighbours(w, k)))
    const scale = Math.max(robustSd(e), MIN_GROWTH_SCALE)
    let k = 0
    for (let j = 1; j < e.length; j++) if (Math.abs(e[j]!) > Math.abs(e[k]!)) k = j
    const score = Math.abs(e[k]!) / scale
    if (!(score >= threshold)) break
    const spikeYear = reversedAt(e, k)
    let index: number
    let expectedLog: number
    let kind: OutlierKind
    if (spikeYear !== undefined) {
      index = spikeYear
      expectedLog = (z[index - 1]! + z[index + 1]!) / 2 + (common[index]! - common[index + 1]!) / 2
      kind = 'spike'
    } else if (k === 0) {
      index = 0
      expectedLog = z[0]! + e[0]!
      kind = 'first'
    } else if (k === n - 2) {
      index = n - 1
      expectedLog = z[index]! - e[k]!
      kind = 'last'
    } else {
      index = k + 1
      expectedLog = z[index]! - e[k]!
      kind = 'level-shift'
    }
    const expected = Math.exp(expectedLog)
    const observed = s.values[index]!
    const around = (year: number) => typicalGrowth(w, e, common, year - s.years[0]! - 1)
    const { reason, treatment } = describeOutlier({ series: s, index, expected, kind, score, growthInto: z[index]! - (index > 0 ? z[index - 1]! : NaN), typicalInto: around(s.years[index]!), growthOut: index + 1 < n ? z[index + 1]! - z[index]! : NaN, peerCount: options.commonGrowth ? (options.peerCount ?? 0) : 0, peers: options.peers?.(s.years[index]!) ?? [] })
    found.push({ year: s.years[index]!, value: observed, expected, reason, kind, score, treatment })
    if (kind === 'level-shift') shifted.set(k, w[k]! - e[k]!)
    else z[index] = expectedLog
  }
  return found
}

// the growth rates around position k, without k
function neighbours(w: readonly number[], k: number): number[] {
  const out: number[] = []
  for (let j = k - NEIGHBOURS; j <= k + NEIGHBOURS; j++) if (j !== k && j >= 0 && j < w.length) out.push(w[j]!)
  return out
}

// the year (level index) between two surprises of opposite sign, one reversing the other, if any
function reversedAt(e: readonly number[], k: number): number | undefined {
  let best: number | undefined
  let bestSize = 0
  for (const other of [k + 1, k - 1]) {
    const v = e[other]
    if (v === undefined || Math.sign(v) === Math.sign(e[k]!) || Math.abs(v) < REVERSAL_SHARE * Math.abs(e[k]!)) continue
    if (Math.abs(v) > bestSize) {
      best = Math.max(k, other)
      bestSize = Math.abs(v)
    }
  }
  return best
}

// the log growth the pattern expects at growth position k (common growth included)
function typicalGrowth(w: readonly number[], e: readonly number[], common: readonly number[], k: number): number {
  const j = Math.min(Math.max(k, 0), w.length - 1)
  return w[j]! - e[j]! + common[j + 1]!
}
