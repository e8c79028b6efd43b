import type { CheckResult, Finding, Severity } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { pickLabel } from '../cli/pick-label'
import { formatNumber, missingValue } from '../format/format-number'
import { formatTable } from '../format/format-table'
import { noteLine } from '../format/note-line'
import type { Align } from '../format/format-table'
import { defaultValueText } from '../report/default-value-text'
import { zhDefaultReason } from '../report/zh-default-reason'
import { zhFindingMessage } from '../report/zh-finding-message'
import { checkWords } from './check-words'
import { defaultReason } from './default-reason'
import { formatBound } from './format-bound'
import { formatTargetValue } from './format-target-value'
import { renderRequirements } from './render-requirements'

/** Findings are listed most serious first. */
const severityOrder: readonly Severity[] = ['error', 'warning', 'info']
/** Decimals of a target's probability: 62.5%. */
const probabilityDecimals = 1

/** How `renderCheck` shows a result. */
export interface RenderCheckOptions {
  lang: Lang
  /** leave out the notes */
  quiet?: boolean
}

/**
 * A check result for people: a header line (scenario id, title, years), the targets table (bound, plan value, model value, status `met` or `MISSED`),
 * the requirements, the findings most serious first as `severity code: message`, then the notes as `note: ...`. With
 * `lang: 'zh'` everything but the ids, codes and parameter paths is in Chinese: headers, status and severity words
 * (check-words.ts), the requirements, the findings' messages, the defaults' values and reasons, the notes.
 *
 * @example renderCheck(result, { lang: 'en' })
 * // => "test-zone: Test zone, 2005–2010\n\ntarget ..."
 */
export function renderCheck(result: CheckResult, options: RenderCheckOptions): string {
  const { lang } = options
  const requirements = renderRequirements(result, lang)
  const sections = [header(result, lang), targetsTable(result, lang), ...(requirements ? [requirements] : []), findingsList(result.findings, lang)]
  if (!options.quiet && result.notes.length > 0) sections.push(result.notes.map((note) => `${noteLine(note, lang)}\n`).join(''))
  return sections.join('\n')
}

// "id: title, 2005–2010"
function header(result: CheckResult, lang: Lang): string {
  const { id, title, years } = result.scenario
  return `${checkWords(lang).heading(id, pickLabel(title, lang, ''), years.base, years.end)}\n`
}

// one row per target; a probability column once Monte Carlo draws have given any
function targetsTable(result: CheckResult, lang: Lang): string {
  const w = checkWords(lang)
  if (result.targets.length === 0) return `${w.noTargets}\n`
  const withProbability = result.targets.some((t) => t.probability !== null && t.probability !== undefined)
  const header = [w.target, w.label, w.bound, w.plan, w.model, w.status, ...(withProbability ? [w.probability] : [])]
  const rows = result.targets.map((t) => [
    t.id,
    pickLabel(t.label, lang, ''),
    formatBound(t),
    formatTargetValue(t.kind, t.plan.value),
    t.model ? formatTargetValue(t.kind, t.model.value) : missingValue,
    t.status === 'met' ? w.met : w.missed,
    ...(withProbability ? [t.probability ? formatNumber(t.probability.value, { style: 'percent', decimals: probabilityDecimals }) : missingValue] : [])
  ])
  const align: Align[] = ['left', 'left', 'right', 'right', 'right', 'left', 'right']
  return formatTable({ header, rows, align })
}

// "severity code: message" lines, errors first; the defaults the model assumed as one list at the end
function findingsList(findings: readonly Finding[], lang: Lang): string {
  const w = checkWords(lang)
  if (findings.length === 0) return `${w.noFindings}\n`
  const defaults = findings.filter((f) => f.code === 'default-assumed')
  const others = findings.filter((f) => f.code !== 'default-assumed')
  const sorted = severityOrder.flatMap((severity) => others.filter((f) => f.severity === severity))
  const zh = lang === 'zh'
  const lines = sorted.map((f) => `${w.finding(w.severity[f.severity] ?? f.severity, f.code, zh ? zhFindingMessage(f) : f.message)}\n`)
  if (defaults.length > 0) {
    lines.push(`${w.defaultsAssumed(defaults.length)}\n`)
    for (const f of defaults) {
      const parameter = String(f.parameter)
      const reason = typeof f.reason === 'string' ? f.reason : defaultReason(f.message)
      // numbers as the core gives them; the words the core uses for a value, and the reason, in Chinese
      const value = zh && typeof f.value === 'string' ? defaultValueText(f.value, null, { lang, money: '' }) : String(f.value)
      lines.push(`  ${w.defaultLine(parameter, value, zh ? zhDefaultReason(parameter, reason) : reason)}\n`)
    }
  }
  return lines.join('')
}
