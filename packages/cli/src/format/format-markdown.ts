import type { Align } from './format-table'

/** A table for Markdown: header, rows and each column's alignment (left if absent). */
export interface MarkdownTable {
  header: readonly string[]
  rows: readonly (readonly string[])[]
  align?: readonly Align[]
}

/**
 * A GitHub-flavoured Markdown pipe table, ending in a newline. Pipes in cells are escaped and
 * line breaks become spaces, so any text stays inside its cell; right-aligned columns get `--:`.
 *
 * @example formatMarkdownTable({ header: ['series', '2005'], rows: [['GDP', '1,227.79']], align: ['left', 'right'] })
 * // => "| series | 2005 |\n| --- | --: |\n| GDP | 1,227.79 |\n"
 */
export function formatMarkdownTable(table: MarkdownTable): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |\n`
  const rule = table.header.map((_, c) => (table.align?.[c] === 'right' ? '--:' : '---'))
  return line(table.header) + `| ${rule.join(' | ')} |\n` + table.rows.map(line).join('')
}

/**
 * Text made safe for a line of Markdown outside a table: line breaks become spaces and the
 * characters that start markup (`*`, `_`, `` ` ``, `[`, `<`, `#`, `|`) are escaped.
 *
 * @example escapeMarkdown('share *of* region') // => "share \\*of\\* region"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1')
}

// a cell's text: pipes escaped, line breaks as spaces
function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
