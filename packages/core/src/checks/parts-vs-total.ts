/**
 * `parts-exceed-total` / `parts-short-of-total` (MODEL.md §4, A4): listed parts differ from
 * their total by more than 1%.
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
      out.push({
        code: exceed ? 'parts-exceed-total' : 'parts-short-of-total',
        severity: 'warning',
        message:
          `${seriesName(s, name)} ${q.year}: the ${Object.keys(q.parts).length} listed parts sum to ${fmtNum(sum)}, ${exceed ? 'more' : 'less'} than ${totalWhat} of ${fmtNum(total)} by ${fmtNum(Math.abs(sum - total))} (${fmtPct(Math.abs(gap))}). ` +
          (exceed ? 'Either the total understates the programme or some items will not be funded this year.' : 'Either items are missing from the list or the total includes unlisted spending.') +
          ` Parts: ${items}.`,
        series: name,
        series_label: seriesLabel(s, name),
        unit: seriesUnit(s, name),
        year: q.year,
        parts_sum: sum,
        total,
        difference: sum - total,
        relative_difference: gap,
        parts: { ...q.parts },
        total_source: totalSource
      })
    }
  }
  return out
}
