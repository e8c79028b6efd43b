import { unitSuffix } from '@zonecast/plot/units'
import { cliVersion } from '../cli/version'
import { formatNumber } from '../format/format-number'
import type { ReportInputs } from './compute-report'
import { codeSpans } from './report-document'
import type { Inline, ReportSection } from './report-document'
import { reportWords } from './report-words'
import { zhNote } from './zh-note'

/**
 * The report's first section: which scenario, from which file and source, its years and money
 * unit, the Monte Carlo behind the probabilities, any `--set`, how many targets are met, and
 * `check`'s notes.
 *
 * @example summarySection(inputs).blocks[0].kind // => "list"
 */
export function summarySection(r: ReportInputs): ReportSection {
  const w = reportWords(r.lang)
  const s = r.scenario.realised
  const count = (n: number) => formatNumber(n, { style: 'level', decimals: 0 })
  const item = (key: string, value: Inline): Inline => [{ text: key, style: 'strong' }, r.lang === 'zh' ? '：' : ': ', ...(typeof value === 'string' ? [value] : value)]
  const items: Inline[] = [
    item(w.scenarioId, [{ text: s.id, style: 'code' }]),
    item(w.file, [{ text: r.scenario.file, style: 'code' }]),
    item(w.period, w.years(s.years.base, s.years.end)),
    item(w.source, s.source?.replace(/\s+/g, ' ').trim() || w.noSource),
    item(w.moneyUnit, `${unitSuffix({ kind: 'money', money: s.money, prices: 'nominal' }, r.lang).trim()} (${s.money})`),
    item(w.monteCarloKey, w.monteCarlo(count(r.draws), String(r.seed)))
  ]
  const sets = r.overrides.flatMap((o) => (o.origin.kind === 'command-line' ? [o.origin.text] : []))
  if (sets.length > 0) items.push(item(w.overrides, sets.flatMap((t, i) => [...(i > 0 ? [w.comma] : []), { text: t, style: 'code' as const }])))
  const met = r.check.targets.filter((t) => t.status === 'met').length
  const warnings = r.check.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length
  const blocks: ReportSection['blocks'][number][] = [
    { kind: 'list', items },
    { kind: 'paragraph', text: [{ text: w.verdict(met, r.check.targets.length, warnings), style: 'strong' }] },
    ...(r.check.notes.length > 0 ? [{ kind: 'paragraph' as const, text: [{ text: `${w.notes}${r.lang === 'zh' ? '：' : ':'}`, style: 'strong' as const }] }, { kind: 'list' as const, items: r.check.notes.map((n) => (r.lang === 'zh' ? zhNote(n) : n)) }] : []),
    { kind: 'paragraph', text: codeSpans(w.generatedBy(cliVersion)) }
  ]
  return { id: 'scenario', heading: w.summary, blocks }
}
