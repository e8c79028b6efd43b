import type { TargetKind, TornadoResult } from '@zonecast/core'
import { formatTargetValue } from '../check/format-target-value'
import type { Lang } from '../cli/global-options'
import { formatTable } from '../format/format-table'
import { formatLeverValue } from './format-lever-value'
import { leverWords } from './lever-words'

/** How `renderTornado` shows a tornado. */
export interface RenderTornadoOptions {
  lang: Lang
  /** the target's kind, which says how its values read (21.0%, 1,680) */
  kind: TargetKind
  /** each lever's label in `lang`, by lever name; a lever without one is named by its name */
  labels: ReadonlyMap<string, string>
  /** leave out the line that says what ✗ means */
  quiet?: boolean
}

/**
 * A tornado for people: the target's value with every lever at its value in the scenario, then a
 * table of each lever's low, high and scenario values, the target's value at each end (✗ where
 * it is missed) and the swing, largest first; then what ✗ means. In Chinese the words and the
 * levers' labels are too (lever-words.ts); lever and target names stay as typed.
 *
 * @example renderTornado(result, { lang: 'en', kind: 'cagr', labels: new Map() })
 * // => "tornado of gdp-growth: 19.5% with every lever at its value\n\nlever  low  high ..."
 */
export function renderTornado(result: TornadoResult, options: RenderTornadoOptions): string {
  const w = leverWords(options.lang)
  const v = (x: number | null) => formatTargetValue(options.kind, x)
  const mark = (met: boolean) => (met ? '' : ' ✗')
  const table = formatTable({
    header: w.tornadoHeader(result.target),
    rows: result.levers.map((l) => [w.leverName(l.lever, options.labels.get(l.lever)), formatLeverValue(l.low), formatLeverValue(l.high), formatLeverValue(l.base), `${v(l.value_low)}${mark(l.met_low)}`, `${v(l.value_high)}${mark(l.met_high)}`, v(l.swing)]),
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right']
  })
  return `${w.tornadoHeading(result.target, v(result.base))}\n\n${table}${options.quiet ? '' : `\n${w.missedMark}\n`}`
}
