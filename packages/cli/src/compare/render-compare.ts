import type { ComparisonResult, Label } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { formatMarkdownTable } from '../format/format-markdown'
import { formatTable } from '../format/format-table'
import { zhFindingMessage } from '../report/zh-finding-message'
import { compareRows } from './compare-rows'
import { compareWords } from './compare-words'

/**
 * A comparison for people, as an aligned table (`table`) or a Markdown table (`md`), then the
 * findings that differ between the scenarios, each with the ids of those that have it. In the
 * chosen language but for the ids and codes; a finding's message in Chinese is written from its
 * numbers as `check --lang zh` writes it (its English text where the Chinese writer lacks a field).
 *
 * @param seriesLabel a series' label by its name, for its row in Chinese
 * @example renderCompare(result, 'table', 'en') // => "                 a        b\n...target gdp-cagr  11.9% ✗  11.5% ✗\n..."
 */
export function renderCompare(r: ComparisonResult, format: 'table' | 'md', lang: Lang, seriesLabel?: (name: string) => Label | undefined): string {
  const [header, ...rows] = compareRows(r, { raw: false, lang, ...(seriesLabel ? { seriesLabel } : {}) }) as string[][]
  const table = { header: header!, rows, align: header!.map((_, i) => (i === 0 ? 'left' : 'right') as 'left' | 'right') }
  const text = format === 'md' ? formatMarkdownTable(table) : formatTable(table)
  if (r.findings.length === 0) return text
  const w = compareWords(lang)
  const ids = (f: ComparisonResult['findings'][number]) => r.scenarios.filter((_, i) => f.in[i]).map((s) => s.id)
  const message = (f: ComparisonResult['findings'][number]) => (lang === 'zh' ? zhFindingMessage(f) : f.message)
  return `${text}\n${w.findingsThatDiffer}\n${r.findings.map((f) => `  ${w.finding(f.code, f.severity, ids(f), message(f))}\n`).join('')}`
}
