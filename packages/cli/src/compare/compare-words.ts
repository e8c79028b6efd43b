import type { Lang } from '../cli/global-options'
import { reportWords } from '../report/report-words'

/** The fixed words of `compare`'s table and Markdown, in one language. */
export interface CompareWords {
  /** a target's row: "target gdp-cagr" */
  targetRow(id: string): string
  /** a series' end-year row, by the series' label in Chinese and its name in English: "gdp 2010" */
  seriesRow(name: string, label: string, year: number): string
  /** a requirement's row: "requires land_needed_km2" */
  requirementRow(key: string): string
  /** the heading of the findings that differ */
  findingsThatDiffer: string
  /** one finding that differs: its code, severity, the scenarios that have it and its message */
  finding(code: string, severity: string, ids: readonly string[], message: string): string
}

const en: CompareWords = {
  targetRow: (id) => `target ${id}`,
  seriesRow: (name, _label, year) => `${name} ${year}`,
  requirementRow: (key) => `requires ${key}`,
  findingsThatDiffer: 'findings that differ:',
  finding: (code, severity, ids, message) => `${code} (${severity}) in ${ids.join(', ')}: ${message}`
}

const report = reportWords('zh')

const zh: CompareWords = {
  targetRow: report.targetRow,
  seriesRow: (_name, label, year) => report.seriesRow(label, year),
  requirementRow: (key) => report.requirementNames[key] ?? `要求：${key}`,
  findingsThatDiffer: '各方案不同的檢查發現：',
  finding: (code, severity, ids, message) => `${code}（${report.severity[severity] ?? severity}）見於 ${ids.join(report.comma)}：${message}`
}

/**
 * `compare`'s fixed words in a language; the Chinese ones are those of the report's variants
 * table (report-words.ts), so a comparison reads the same in the terminal and in the report.
 *
 * @example compareWords('zh').requirementRow('implied_icor') // => "要求：隱含資本產出比（R4）"
 * @example compareWords('en').seriesRow('gdp', 'GDP', 2010) // => "gdp 2010"
 */
export function compareWords(lang: Lang): CompareWords {
  return lang === 'zh' ? zh : en
}
