import type { ObservedSeries } from '../history/observed-series'
import { groupDigits } from '../util/format'
import type { OutlierKind, OutlierTreatment } from './find-outliers'

/** Another region's value of the same series in the same year. */
export interface Peer {
  region: string
  value: number
}

/** A value within this many powers of ten of 10^k (k ≠ 0) times the expected one reads as a digit slip: 10^0.1 ≈ ±26%. */
const DIGIT_SLIP_TOLERANCE = 0.1
/** Two values this close (relative) are the same number typed twice. */
const SAME_VALUE = 1e-9

/** What `describeOutlier` needs to know about a flagged value. */
export interface OutlierFacts {
  series: ObservedSeries
  /** position of the value in the series */
  index: number
  expected: number
  kind: OutlierKind
  /** robust sd from the pattern */
  score: number
  /** observed log growth into the year, and out of it (NaN at the ends) */
  growthInto: number
  growthOut: number
  /** the log growth the pattern expects into the year */
  typicalInto: number
  /** regions whose median growth was removed first (0: the series alone) */
  peerCount: number
  peers: Peer[]
}

/**
 * The reason printed beside a `history-outlier` (what breaks, by how much, against what, the
 * likely slip) and what the statistics do with the value: a spike is replaced by the value its
 * neighbours imply, a break at the first year is dropped, a level shift is kept (it may be a
 * genuine revision), and so is a break at the last year unless it reads as a slip (a power of
 * ten off, another region's value, last year's value repeated). O(peers).
 *
 * @example describeOutlier(facts).reason // => "a jump that reverses: −89.2% into 2013, then +916.2% …"
 */
export function describeOutlier(f: OutlierFacts): { reason: string; treatment: OutlierTreatment } {
  const { series: s, index } = f
  const year = s.years[index]!
  const value = s.values[index]!
  const parts: string[] = []
  const typical = `about ${pct(f.typicalInto)} a year`
  const adjusted = f.peerCount > 0 ? ` (the years' median growth across ${f.peerCount} regions allowed for)` : ''
  const sds = `${f.score.toFixed(1)} robust sd from the series' pattern${adjusted}`
  switch (f.kind) {
    case 'spike':
      parts.push(`a jump that reverses: ${pct(f.growthInto)} into ${year}, then ${pct(f.growthOut)} out of it, ${sds}; expected about ${num(f.expected)}, between ${s.years[index - 1]}'s ${num(s.values[index - 1]!)} and ${s.years[index + 1]}'s ${num(s.values[index + 1]!)}`)
      break
    case 'first':
      parts.push(`the first year: growth out of it is ${pct(f.growthOut)} where the years after grow ${typical}, ${sds}; expected about ${num(f.expected)}`)
      break
    case 'last':
      parts.push(`the last year: growth into it is ${pct(f.growthInto)} where the years before grow ${typical}, ${sds}; expected about ${num(f.expected)}`)
      break
    case 'level-shift':
      parts.push(`a lasting jump: ${pct(f.growthInto)} into ${year} where the years around grow ${typical}, ${sds}, and the series stays at the new level; expected about ${num(f.expected)} on the old level`)
      break
  }
  const slips = slipsOf(f, value)
  parts.push(...slips)
  let treatment: OutlierTreatment
  if (f.kind === 'spike') {
    treatment = 'replaced'
    parts.push('replaced by the expected value in the statistics and forecasts')
  } else if (f.kind === 'first') {
    treatment = 'dropped'
    parts.push('an older vintage or a slip; left out of the statistics and forecasts')
  } else if (f.kind === 'last' && slips.length > 0) {
    treatment = 'dropped'
    parts.push('left out of the statistics and forecasts')
  } else if (f.kind === 'last') {
    treatment = 'kept'
    parts.push('at the end of a series a slip cannot be told from a lasting change (a revision?): kept; check it before trusting the forecasts')
  } else {
    treatment = 'kept'
    parts.push('a revision or a change of coverage? kept; the statistics straddle the break')
  }
  return { reason: parts.join('; '), treatment }
}

// the slips that would explain the value: a power of ten, another region's number, a repeat
function slipsOf(f: OutlierFacts, value: number): string[] {
  const out: string[] = []
  const decades = Math.log10(value / f.expected)
  const k = Math.round(decades)
  if (k !== 0 && Math.abs(decades - k) < DIGIT_SLIP_TOLERANCE) {
    const times = 10 ** Math.abs(k)
    out.push(k < 0 ? `about ${times} times too small: a digit dropped or a misplaced decimal point?` : `about ${times} times too large: a digit added or a misplaced decimal point?`)
  }
  for (const p of f.peers) if (same(p.value, value)) out.push(`equals ${p.region}'s ${f.series.years[f.index]} value: pasted from the wrong row?`)
  for (const j of [f.index - 1, f.index + 1]) {
    const other = f.series.values[j]
    if (other !== undefined && same(other, value)) out.push(`repeats ${f.series.years[j]}'s value: copied across years?`)
  }
  return out
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_VALUE * Math.max(Math.abs(a), Math.abs(b))
}

// a log growth as a signed percentage change, e.g. "+12.3%"
function pct(logGrowth: number): string {
  const p = Math.expm1(logGrowth) * 100
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(1)}%`
}

// a level with thousands separators, at most two decimals
function num(x: number): string {
  return groupDigits(x, Math.abs(x) >= 100 ? 0 : 2)
}
