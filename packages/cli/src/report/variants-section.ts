import type { ComparisonResult } from '@zonecast/core'
import { formatTargetValue } from '../check/format-target-value'
import { pickLabel } from '../cli/pick-label'
import { formatNumber, missingValue } from '../format/format-number'
import type { ReportInputs } from './compute-report'
import { codeSpans } from './report-document'
import type { Inline, ReportBlock, ReportSection } from './report-document'
import { reportWords } from './report-words'

/** Decimals of a level in the comparison, as `zonecast compare` shows them. */
const LEVEL_DECIMALS = 2

/**
 * The variants: the `compare` chart and the table of `zonecast compare --variants` (each target's
 * model value and status, the end-year levels of the main series, the requirements) for the
 * scenario as written and each variant; null without variants.
 *
 * @example variantsSection(jilinInputs)?.blocks[2].kind // => "table"
 */
export function variantsSection(r: ReportInputs): ReportSection | null {
  const c = r.comparison
  if (c === null) return null
  const w = reportWords(r.lang)
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: codeSpans(w.variantsIntro) }]
  const chart = r.figures.get('compare')
  if (chart) blocks.push(chart)
  const header = ['', ...c.scenarios.map((s) => (s.variant === null ? w.asWritten : pickLabel(s.label, r.lang, s.id)))]
  blocks.push({ kind: 'table', header, rows: comparisonRows(c, r), align: header.map((_, i) => (i === 0 ? 'left' : 'right')) })
  return { id: 'variants', heading: w.variants, blocks }
}

// targets, then end-year levels, then requirements, one row each
function comparisonRows(c: ComparisonResult, r: ReportInputs): Inline[][] {
  const w = reportWords(r.lang)
  const level = (v: number | null) => formatNumber(v, { style: 'level', decimals: LEVEL_DECIMALS, trim: true })
  const meta = r.scenario.run.meta
  const rows: Inline[][] = []
  for (const t of c.targets) {
    const cells = t.values.map((v) => (v === null ? missingValue : `${formatTargetValue(t.kind as never, v.value)} ${v.status === 'met' ? '✓' : '✗'}`))
    rows.push([codeSpans(w.targetRow(`\`${t.id}\``)), ...cells])
  }
  const endYear = c.scenarios[0]!.end_year
  for (const [name, values] of Object.entries(c.series)) rows.push([w.seriesRow(pickLabel(meta[name]?.label, r.lang, name), endYear), ...values.map(level)])
  for (const [key, values] of Object.entries(c.requirements)) rows.push([w.requirementNames[key] ?? key, ...values.map(level)])
  return rows
}
