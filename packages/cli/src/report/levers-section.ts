import { formatTargetValue } from '../check/format-target-value'
import { formatLeverValue } from '../levers/format-lever-value'
import type { ReportInputs } from './compute-report'
import type { ReportBlock, ReportSection } from './report-document'
import { reportWords } from './report-words'

/**
 * The levers (MODEL.md §7): the `tornado` chart and table of the first target, every lever at
 * its low and high value, as `zonecast tornado` computes them; null without levers.
 *
 * @example leversSection(jilinInputs)?.blocks[2].kind // => "table"
 */
export function leversSection(r: ReportInputs): ReportSection | null {
  if (r.tornado === null) return null
  const w = reportWords(r.lang)
  const { result, labels: leverLabels } = r.tornado
  const kind = r.check.targets.find((t) => t.id === result.target)!.kind
  const v = (x: number | null) => formatTargetValue(kind, x)
  const mark = (met: boolean) => (met ? '' : ' ✗')
  const rows = result.levers.map((l) => [
    [leverLabels.get(l.lever) ?? l.lever, ' (', { text: l.lever, style: 'code' as const }, ')'],
    formatLeverValue(l.low),
    formatLeverValue(l.high),
    formatLeverValue(l.base),
    `${v(l.value_low)}${mark(l.met_low)}`,
    `${v(l.value_high)}${mark(l.met_high)}`,
    v(l.swing)
  ])
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: w.leversIntro(result.target) }]
  const chart = r.figures.get('tornado')
  if (chart) blocks.push(chart)
  blocks.push({ kind: 'table', header: w.leverHeader(result.target), rows, align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'] })
  return { id: 'levers', heading: w.levers, blocks }
}
