import type { Lang } from '../cli/global-options'
import { reportWords } from '../report/report-words'

/** The fixed words of `check`'s terminal output, in one language. */
export interface CheckWords {
  /** the header line: "id: title, 2005–2010" */
  heading(id: string, title: string, base: number, end: number): string
  /** the targets table's columns */
  target: string
  label: string
  bound: string
  plan: string
  model: string
  status: string
  probability: string
  met: string
  missed: string
  noTargets: string
  noFindings: string
  /** severity words by severity */
  severity: Readonly<Record<string, string>>
  /** "severity code: message" */
  finding(severity: string, code: string, message: string): string
  /** the line that opens the list of defaults */
  defaultsAssumed(count: number): string
  /** one default: "parameter = value: reason" */
  defaultLine(parameter: string, value: string, reason: string): string
}

const en: CheckWords = {
  heading: (id, title, base, end) => `${id}: ${title ? `${title}, ` : ''}${base}–${end}`,
  target: 'target',
  label: 'label',
  bound: 'bound',
  plan: 'plan',
  model: 'model',
  status: 'status',
  probability: 'probability',
  met: 'met',
  missed: 'MISSED',
  noTargets: 'no targets',
  noFindings: 'no findings',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  finding: (severity, code, message) => `${severity} ${code}: ${message}`,
  defaultsAssumed: (count) => `info default-assumed: ${count} model parameter${count === 1 ? '' : 's'} not given in the scenario, so zonecast assumed:`,
  defaultLine: (parameter, value, reason) => `${parameter} = ${value}: ${reason}`
}

// the report's words where the report already says the same thing
const report = reportWords('zh')
const [target, label, bound, plan, model, probability, status] = report.targetHeader as [string, string, string, string, string, string, string]

const zh: CheckWords = {
  heading: (id, title, base, end) => `${id}：${title ? `${title}，` : ''}${report.years(base, end)}`,
  target,
  label,
  bound,
  plan,
  model,
  status,
  probability,
  met: report.met,
  missed: report.missed,
  noTargets: report.noTargets,
  noFindings: report.noFindings,
  severity: report.severity,
  finding: (severity, code, message) => `${severity} ${code}：${message}`,
  defaultsAssumed: (count) => `${report.severity.info} default-assumed：情景未給定${count}個模型參數，zonecast 採用了${report.defaulted}：`,
  defaultLine: (parameter, value, reason) => `${parameter} = ${value}：${reason}`
}

/**
 * `check`'s fixed words in a language: the Chinese ones are the report's (report-words.ts) where
 * the report has them, so a term reads the same in the terminal and in the report.
 *
 * @example checkWords('zh').missed // => "未達成"
 * @example checkWords('en').defaultsAssumed(2) // => "info default-assumed: 2 model parameters not given in the scenario, so zonecast assumed:"
 */
export function checkWords(lang: Lang): CheckWords {
  return lang === 'zh' ? zh : en
}
