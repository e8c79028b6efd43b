/**
 * `implied-icor` (MODEL.md §4, R4): the ICOR the plan's investment and growth paths imply.
 */
import type { Finding } from '../results'
import type { Requirements } from '../requirements/requirements'
import type { Scenario } from '../scenario/types'
import { fmtNum } from '../util/format'

export function impliedIcor(s: Scenario, r: Requirements | null, gestation: number): Finding[] {
  if (!r || r.implied_icor === null) return []
  const [lo, hi] = s.checks.icorRange
  const v = r.implied_icor
  const t0 = s.years.base
  const T = s.years.end
  const outside = v < lo || v > hi
  const meaning =
    v < lo
      ? `Below ${lo}, each yuan of investment would have to add more output than Chinese industry has managed: the plan's growth is optimistic for its investment, or its investment is understated.`
      : v > hi
        ? `Above ${hi}, the plan spends far more per unit of added output than is usual: its investment is ambitious for its growth, or much of it produces nothing.`
        : `Within the plausible range [${lo}, ${hi}].`
  return [
    {
      code: 'implied-icor',
      severity: outside ? 'warning' : 'info',
      message: `The plan invests ${fmtNum(v)} yuan (real, base-year prices) for each yuan of added annual GDP: its fixed-asset investment ${span(t0 + 1 - gestation, T - gestation)} against GDP growth over ${t0}–${T} (a ${gestation}-year lag), an implied ICOR of ${v.toFixed(2)}. ${meaning}`,
      implied_icor: v,
      range: [lo, hi],
      gestation_years: gestation,
      base_year: t0,
      end_year: T
    }
  ]
}

/** "in 2009" for one year, "over 2005–2009" for several. */
function span(from: number, to: number): string {
  return from === to ? `in ${from}` : `over ${from}–${to}`
}
