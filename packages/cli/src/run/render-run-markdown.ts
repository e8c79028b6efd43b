import type { RunResult } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { pickLabel } from '../cli/pick-label'
import { escapeMarkdown, formatMarkdownTable } from '../format/format-markdown'
import { zhNote } from '../report/zh-note'
import { runTable } from './run-table'
import { runWords } from './run-words'

/**
 * A run result as a Markdown document: a heading naming the scenario, a line with its years and
 * money unit, the table of `runTable` as a pipe table, then the result's notes; the fixed words
 * and the notes in the chosen language.
 *
 * @example renderRunMarkdown(result, 'en')
 * // => "# Test zone (test-zone)\n\nYears 2005–2010; money in yiyuan.\n\n| path | series | ..."
 */
export function renderRunMarkdown(result: RunResult, lang: Lang): string {
  const { id, title, years, money } = result.scenario
  const w = runWords(lang)
  const name = pickLabel(title, lang, id)
  const heading = `# ${name === id ? escapeMarkdown(id) : w.named(escapeMarkdown(name), escapeMarkdown(id))}`
  const parts = [
    heading,
    escapeMarkdown(w.yearsAndMoney(years.base, years.end, money)),
    formatMarkdownTable(runTable(result, lang)).trimEnd()
  ]
  if (result.notes.length > 0) parts.push(`## ${w.notes}`, result.notes.map((note) => `- ${escapeMarkdown(lang === 'zh' ? zhNote(note) : note)}`).join('\n'))
  return parts.join('\n\n') + '\n'
}
