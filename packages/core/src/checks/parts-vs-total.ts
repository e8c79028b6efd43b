/**
 * `parts-exceed-total` / `parts-short-of-total` (MODEL.md §4, A4): listed parts differ from
 * their total by more than 1%; and the base year's own parts, project investment and
 * infrastructure, against its fixed-asset investment (M2b, `total_source: "base"`).
 */
import type { ScenarioPaths } from '../plan/scenario-paths'
import type { Finding } from '../results'
import type { Scenario } from '../scenario/types'
import { fmtNum, fmtPct } from '../util/format'
import { seriesLabel, seriesName } from './series-name'
import { seriesUnit } from '../scenario/series-unit'

/** 1%: beyond rounding of the items, a real gap between the list and its total. */
export const PARTS_TOLERANCE = 0.01

export function partsVsTotal(s: Scenario, paths: ScenarioPaths): Finding[] {
  const out: Finding[] = []
  const t0 = paths.years[0]!
  for (const [name, p] of Object.entries(s.plan)) {
    for (const q of p.parts) {
      const stated = p.levels.find((l) => l.year === q.year)?.value
      const total = q.total ?? stated ?? paths.plan[name]?.[q.year - t0] ?? null
      if (total === null || total <= 0) continue
      const sum = Object.values(q.parts).reduce((a, b) => a + b, 0)
      const gap = sum / total - 1
      if (Math.abs(gap) <= PARTS_TOLERANCE) continue
      const exceed = gap > 0
      const items = Object.entries(q.parts)
        .map(([k, v]) => `${k} ${fmtNum(v)}`)
        .join(', ')
      const totalSource = q.total !== undefined || stated !== undefined ? 'stated' : 'plan-path'
      const totalWhat = totalSource === 'stated' ? 'the stated total' : 'the plan path'
      out.push(
        partsFinding(
          s,
          { series: name, year: q.year, parts: q.parts, sum, total, totalSource },
          `${seriesName(s, name)} ${q.year}: the ${Object.keys(q.parts).length} listed parts sum to ${fmtNum(sum)}, ${exceed ? 'more' : 'less'} than ${totalWhat} of ${fmtNum(total)} by ${fmtNum(Math.abs(sum - total))} (${fmtPct(Math.abs(gap))}). ` +
            (exceed ? 'Either the total understates the programme or some items will not be funded this year.' : 'Either items are missing from the list or the total includes unlisted spending.') +
            ` Parts: ${items}.`
        )
      )
    }
  }
  const base = baseInvestmentParts(s, t0)
  if (base) out.push(base)
  return out
}

/**
 * The base year's fixed-asset investment against its parts (M2b: I = P + S), when the `base`
 * block gives the investment and its infrastructure: with project investment too, either way;
 * without it, when infrastructure alone exceeds the investment (M2 then takes P(t0) as 0). The
 * model path keeps the observed investment (MODEL.md §2) and uses the stated P(t0), so a base
 * block that does not add up changes no number silently; this says which numbers disagree.
 */
function baseInvestmentParts(s: Scenario, t0: number): Finding | null {
  const total = s.base.investment
  const infrastructure = s.base.infrastructure
  const project = s.base.project_investment
  if (total === undefined || infrastructure === undefined || !(total > 0)) return null
  const parts: Record<string, number> = project === undefined ? { infrastructure } : { project_investment: project, infrastructure }
  const sum = (project ?? 0) + infrastructure
  const gap = sum / total - 1
  if (Math.abs(gap) <= PARTS_TOLERANCE || (project === undefined && gap < 0)) return null
  const exceed = gap > 0
  const listed = project === undefined ? `infrastructure ${fmtNum(infrastructure)} alone is` : `project investment ${fmtNum(project)} and infrastructure ${fmtNum(infrastructure)} sum to ${fmtNum(sum)},`
  const uses = project === undefined ? 'project investment 0 (M2)' : `project investment ${fmtNum(project)} (M2, M4)`
  return partsFinding(
    s,
    { series: 'investment', year: t0, parts, sum, total, totalSource: 'base' },
    `${seriesName(s, 'investment')} ${t0} (base year): ${listed} ${exceed ? 'more' : 'less'} than the base investment of ${fmtNum(total)} by ${fmtNum(Math.abs(sum - total))} (${fmtPct(Math.abs(gap))}). ` +
      `The model path keeps the observed ${fmtNum(total)} and uses ${uses}; correct whichever of the base numbers is wrong.`
  )
}

/** Parts of a total that differ from it (by more than `PARTS_TOLERANCE`, which the caller checked). */
interface PartsGap {
  series: string
  year: number
  parts: Record<string, number>
  sum: number
  total: number
  /** where the total comes from: the plan's stated level or `total:`, its path, or the base block */
  totalSource: 'stated' | 'plan-path' | 'base'
}

/** The finding for a gap, with the numbers a message in another language needs. */
function partsFinding(s: Scenario, g: PartsGap, message: string): Finding {
  const gap = g.sum / g.total - 1
  return {
    code: gap > 0 ? 'parts-exceed-total' : 'parts-short-of-total',
    severity: 'warning',
    message,
    series: g.series,
    series_label: seriesLabel(s, g.series),
    unit: seriesUnit(s, g.series),
    year: g.year,
    parts_sum: g.sum,
    total: g.total,
    difference: g.sum - g.total,
    relative_difference: gap,
    parts: { ...g.parts },
    total_source: g.totalSource
  }
}
