import type { Finding, Severity } from '@zonecast/core'
import type { ReportInputs } from './compute-report'
import { findingAdvice } from './finding-advice'
import type { Inline, ReportSection } from './report-document'
import { reportWords } from './report-words'
import { zhFindingMessage } from './zh-finding-message'

/** Findings are listed most serious first, as `zonecast check` lists them. */
const severityOrder: readonly Severity[] = ['error', 'warning', 'info']

/**
 * Every finding of `check`, most serious first: its severity, code and what it is, the message
 * with its numbers (in Chinese written from the finding's fields), and what to do about it.
 *
 * @example findingsSection(inputs).blocks[0].kind // => "list"
 */
export function findingsSection(r: ReportInputs): ReportSection {
  const w = reportWords(r.lang)
  const sorted = severityOrder.flatMap((s) => r.check.findings.filter((f) => f.severity === s))
  if (sorted.length === 0) return { id: 'findings', heading: w.findings, blocks: [{ kind: 'paragraph', text: w.noFindings }] }
  return { id: 'findings', heading: w.findings, blocks: [{ kind: 'list', items: sorted.map((f) => findingItem(f, r)) }] }
}

// "warning `land-short` — what it is. message What to do: …"
function findingItem(f: Finding, r: ReportInputs): Inline {
  const w = reportWords(r.lang)
  const advice = findingAdvice(f.code, r.lang)
  const zh = r.lang === 'zh'
  return [
    { text: w.severity[f.severity] ?? f.severity, style: 'strong' },
    ' ',
    { text: f.code, style: 'code' },
    zh ? `：${advice.title}。` : ` — ${advice.title}. `,
    zh ? zhFindingMessage(f) : f.message,
    zh ? ' ' : ' ',
    { text: `${w.whatToDo}${zh ? '：' : ':'}`, style: 'strong' },
    ` ${advice.action}`
  ]
}
