import type { RunResult } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { pickLabel } from '../cli/pick-label'
import { escapeMarkdown, formatMarkdownTable } from '../format/format-markdown'
import { runTable } from './run-table'

/**
 * A run result as a Markdown document: a heading naming the scenario, a line with its years and
 * money unit, the table of `runTable` as a pipe table, then the result's notes.
 *
 * @example renderRunMarkdown(result, 'en')
 * // => "# Test zone (test-zone)\n\nYears 2005–2010; money in yiyuan.\n\n| path | series | ..."
 */
export function renderRunMarkdown(result: RunResult, lang: Lang): string {
  const { id, title, years, money } = result.scenario
  const name = pickLabel(title, lang, id)
  const heading = name === id ? `# ${escapeMarkdown(id)}` : `# ${escapeMarkdown(name)} (${escapeMarkdown(id)})`
  const parts = [
    heading,
    `Years ${years.base}–${years.end}; money in ${escapeMarkdown(money)}.`,
    formatMarkdownTable(runTable(result, lang)).trimEnd()
  ]
  if (result.notes.length > 0) parts.push('## Notes', result.notes.map((note) => `- ${escapeMarkdown(note)}`).join('\n'))
  return parts.join('\n\n') + '\n'
}
