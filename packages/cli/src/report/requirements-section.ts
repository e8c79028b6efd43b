import { unitSuffix } from '@zonecast/plot/units'
import { requirementRows } from '../check/requirement-rows'
import type { ReportInputs } from './compute-report'
import { codeSpans } from './report-document'
import type { ReportBlock, ReportSection } from './report-document'
import { reportWords } from './report-words'

/**
 * What the plan path needs (MODEL.md §3) as `check` computes and words it, then the `land` and
 * `finance` charts of the model path when they apply.
 *
 * @example requirementsSection(inputs).blocks[1].kind // => "table"
 */
export function requirementsSection(r: ReportInputs): ReportSection {
  const w = reportWords(r.lang)
  const rows = requirementRows(r.check, r.lang)
  const blocks: ReportBlock[] =
    rows.length > 0
      ? [
          { kind: 'paragraph', text: codeSpans(w.requirementsIntro + w.amountsIn(unitSuffix({ kind: 'money', money: r.scenario.realised.money, prices: 'nominal' }, r.lang).trim())) },
          { kind: 'table', header: w.requirementHeader, rows, align: ['left', 'right'] }
        ]
      : [{ kind: 'paragraph', text: w.noRequirements }]
  for (const kind of ['land', 'finance'] as const) {
    const chart = r.figures.get(kind)
    if (chart) blocks.push(chart)
  }
  return { id: 'requirements', heading: w.requirements, blocks }
}
