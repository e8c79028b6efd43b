import type { SweepResult, TargetKind } from '@zonecast/core'
import { formatTargetValue } from '../check/format-target-value'
import type { Lang } from '../cli/global-options'
import { formatTable } from '../format/format-table'
import { formatLeverValue } from './format-lever-value'
import { leverWords } from './lever-words'

/**
 * A sweep as a terminal table: a column per lever and per target (headed by their names, as
 * typed in both languages), a row per grid point, ✗ beside a value that misses its target; then
 * what ✗ means, in the chosen language, unless `quiet`.
 *
 * @param kinds each target's kind, in the order of the points' targets
 * @example renderSweepTable(result, ['gdp-growth'], ['cagr'], { lang: 'en' }) // => "icor  gdp-growth\n----  ----------\n   3     21.0%\n..."
 */
export function renderSweepTable(r: SweepResult, ids: readonly string[], kinds: readonly TargetKind[], options: { lang: Lang; quiet?: boolean }): string {
  const header = [...r.levers.map((l) => l.lever), ...ids]
  const rows = r.points.map((p) => [...p.values.map(formatLeverValue), ...p.targets.map((t, k) => `${formatTargetValue(kinds[k]!, t.value)}${t.met ? '' : ' ✗'}`)])
  const table = formatTable({ header, rows, align: header.map(() => 'right' as const) })
  return options.quiet ? table : `${table}\n${leverWords(options.lang).missedMark}\n`
}
