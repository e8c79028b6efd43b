import { describe, expect, it } from 'vitest'
import type { ReportDocument } from './report-document'
import { scopeSvgIds } from './scope-svg-ids'
import { writeHtml } from './write-html'
import { writeMarkdown } from './write-markdown'

// a document whose scenario text tries to inject markup in every place text goes
const hostile = '<script>alert(1)</script> | *x* & "y"'
const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><clipPath id="plot-clip-1"/><g clip-path="url(#plot-clip-1)"/></svg>\n'
const doc: ReportDocument = {
  lang: 'en',
  title: hostile,
  sections: [
    {
      id: 'targets',
      heading: hostile,
      blocks: [
        { kind: 'paragraph', text: [hostile, { text: hostile, style: 'code' }] },
        { kind: 'list', items: [[{ text: hostile, style: 'strong' }]] },
        { kind: 'table', header: ['a', hostile], rows: [[hostile, [{ text: 'id|x', style: 'code' }]]], align: ['left', 'right'] },
        { kind: 'figure', file: 'fan.svg', svg, caption: hostile }
      ]
    }
  ]
}

describe('writeHtml', () => {
  const html = writeHtml(doc)

  it('escapes every piece of scenario text', () => {
    expect(html).not.toContain('<script>')
    // <title>, <h1>, <h2>, the paragraph's text and code, the list item, a header and a cell, the caption
    expect(html.split('&lt;script&gt;alert(1)&lt;/script&gt; | *x* &amp; &quot;y&quot;').length - 1).toBe(9)
  })

  it('inlines the chart with its ids scoped to it, and forbids every request', () => {
    expect(html).toContain('<figure id="figure-fan">\n<svg xmlns="http://www.w3.org/2000/svg"><clipPath id="fan-plot-clip-1"/><g clip-path="url(#fan-plot-clip-1)"/></svg>')
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
  })
})

describe('writeMarkdown', () => {
  const md = writeMarkdown(doc)

  it('escapes markup and keeps table cells apart', () => {
    expect(md).not.toContain('<script>')
    expect(md).toContain('| a | \\<script\\>alert(1)\\</script\\> \\| \\*x\\* & "y" |\n| --- | --: |\n')
    // a code span with a pipe cannot stay code inside a table: it is escaped text instead
    expect(md).toContain('| id\\|x |\n')
    expect(md).toContain('![\\<script\\>alert(1)\\</script\\> \\| \\*x\\* & "y"](fan.svg)')
  })
})

describe('scopeSvgIds', () => {
  it('prefixes ids and references, and drops the XML declaration', () => {
    expect(scopeSvgIds(svg, 'land')).toBe('<svg xmlns="http://www.w3.org/2000/svg"><clipPath id="land-plot-clip-1"/><g clip-path="url(#land-plot-clip-1)"/></svg>')
    expect(scopeSvgIds('<svg><use href="#a"/><path id="a"/></svg>', 'p')).toBe('<svg><use href="#p-a"/><path id="p-a"/></svg>')
  })
})
