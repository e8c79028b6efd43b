import { escapeMarkdown } from '../format/format-markdown'
import { spans } from './report-document'
import type { Inline, ReportBlock, ReportDocument } from './report-document'

/**
 * The report as GitHub-flavoured Markdown: headings, paragraphs, lists, pipe tables, and each
 * chart as an image linking to its SVG file beside `report.md`. Scenario text is escaped, so a
 * label cannot start markup or break a table.
 *
 * @example writeMarkdown({ lang: 'en', title: 'Jilin', sections: [] }) // => "# Jilin\n"
 */
export function writeMarkdown(doc: ReportDocument): string {
  const parts = [`# ${escapeMarkdown(doc.title)}\n`]
  for (const section of doc.sections) {
    parts.push(`## ${escapeMarkdown(section.heading)}\n`)
    for (const block of section.blocks) parts.push(markdownBlock(block))
  }
  return parts.join('\n')
}

// one block, ending in a newline
function markdownBlock(b: ReportBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return `${inline(b.text)}\n`
    case 'list':
      return b.items.map((item) => `- ${inline(item)}\n`).join('')
    case 'figure':
      return `![${escapeMarkdown(b.caption)}](${b.file})\n\n*${escapeMarkdown(b.caption)}*\n`
    case 'table': {
      const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |\n`
      const rule = b.header.map((_, i) => (b.align[i] === 'right' ? '--:' : '---'))
      return line(b.header.map((h) => escapeMarkdown(h))) + line(rule) + b.rows.map((row) => line(row.map(inline))).join('')
    }
  }
}

// inline text as Markdown: plain text escaped, code in backticks, strong in double asterisks
function inline(text: Inline): string {
  return spans(text)
    .map((s) => {
      if (s.style === 'code' && !/[`|\n]/.test(s.text)) return `\`${s.text}\``
      if (s.style === 'strong') return `**${escapeMarkdown(s.text)}**`
      return escapeMarkdown(s.text)
    })
    .join('')
}
