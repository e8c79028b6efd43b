import { escapeHtml } from './escape-html'
import { reportCss } from './report-css'
import { spans } from './report-document'
import type { Inline, ReportBlock, ReportDocument } from './report-document'
import { scopeSvgIds } from './scope-svg-ids'

/**
 * Forbids the page every request: scripts, fonts, images, frames, connections. The charts are
 * inline SVG and the style sheet inline, so a report that tried to load anything would be a bug.
 */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/**
 * The report as one self-contained HTML page: the style sheet and every chart inline (each
 * chart's ids scoped to it), nothing loaded from anywhere, all scenario text escaped, and print
 * rules for A4 (see `reportCss`). Written from the same document as the Markdown.
 *
 * @example writeHtml({ lang: 'zh', title: '吉林', sections: [] }).startsWith('<!DOCTYPE html>') // => true
 */
export function writeHtml(doc: ReportDocument): string {
  const lang = doc.lang === 'zh' ? 'zh-Hant' : 'en'
  const body = doc.sections.map((s) => `<section id="${escapeHtml(s.id)}">\n<h2>${escapeHtml(s.heading)}</h2>\n${s.blocks.map(htmlBlock).join('\n')}\n</section>`).join('\n')
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${reportCss}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    body,
    '</main>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

// one block as HTML
function htmlBlock(b: ReportBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${inline(b.text)}</p>`
    case 'list':
      return `<ul>\n${b.items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`
    case 'figure': {
      const id = b.file.replace(/\.svg$/, '')
      return `<figure id="figure-${escapeHtml(id)}">\n${scopeSvgIds(b.svg, id)}\n<figcaption>${escapeHtml(b.caption)}</figcaption>\n</figure>`
    }
    case 'table': {
      const cls = (i: number) => (b.align[i] === 'right' ? ' class="num"' : '')
      const head = `<tr>${b.header.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr>`
      const rows = b.rows.map((row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${inline(cell)}</td>`).join('')}</tr>`)
      return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`
    }
  }
}

// inline text as HTML, every character of it escaped
function inline(text: Inline): string {
  return spans(text)
    .map((s) => (s.style === 'code' ? `<code>${escapeHtml(s.text)}</code>` : s.style === 'strong' ? `<strong>${escapeHtml(s.text)}</strong>` : escapeHtml(s.text)))
    .join('')
}
