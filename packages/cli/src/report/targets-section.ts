import { unitLabel } from '@zonecast/plot/units'
import { formatBound } from '../check/format-bound'
import { formatTargetValue } from '../check/format-target-value'
import { pickLabel } from '../cli/pick-label'
import { targetValueUnit } from '../chart/targets-spec'
import { formatNumber, missingValue } from '../format/format-number'
import type { ReportInputs } from './compute-report'
import type { ReportBlock, ReportSection } from './report-document'
import { reportWords } from './report-words'

/** Decimals of a probability: 62.5%, as `zonecast check` prints it. */
const PROBABILITY_DECIMALS = 1

/**
 * The targets: each with its bound, its value on the plan path and on the model path, the share
 * of Monte Carlo draws that meet it and its status (`check --draws`), then the `targets` chart.
 *
 * @example targetsSection(inputs).blocks[0].kind // => "table"
 */
export function targetsSection(r: ReportInputs): ReportSection {
  const w = reportWords(r.lang)
  if (r.check.targets.length === 0) return { id: 'targets', heading: w.targets, blocks: [{ kind: 'paragraph', text: w.noTargets }] }
  const byId = new Map(r.scenario.realised.targets.map((t) => [t.id, t]))
  const rows = r.check.targets.map((t) => {
    const unit = targetValueUnit(byId.get(t.id)!, r.scenario)
    return [
      [{ text: t.id, style: 'code' as const }],
      pickLabel(t.label, r.lang, ''),
      formatBound(t),
      formatTargetValue(t.kind, t.plan.value),
      t.model ? formatTargetValue(t.kind, t.model.value) : missingValue,
      t.probability ? formatNumber(t.probability.value, { style: 'percent', decimals: PROBABILITY_DECIMALS }) : missingValue,
      t.status === 'met' ? w.met : [{ text: w.missed, style: 'strong' as const }],
      unit.kind === 'percent' || unit.kind === 'ratio' ? '' : unitLabel(unit, r.lang)
    ]
  })
  const blocks: ReportBlock[] = [
    { kind: 'table', header: w.targetHeader, rows, align: ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'left'] },
    { kind: 'paragraph', text: w.probabilityNote(formatNumber(r.draws, { style: 'level', decimals: 0 })) }
  ]
  const chart = r.figures.get('targets')
  if (chart) blocks.push(chart)
  return { id: 'targets', heading: w.targets, blocks }
}
