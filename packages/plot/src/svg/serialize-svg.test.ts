import { beforeAll, describe, expect, it } from 'vitest'
import { element, svgNs } from '../frame/svg-element'
import { importLibrary } from '../load/load-libraries'
import type { JsdomModule } from '../load/load-libraries'
import { serializeSvg } from './serialize-svg'

let document: Document
let xml: (node: Node) => string
beforeAll(async () => {
  const { JSDOM } = await importLibrary<JsdomModule>('jsdom')
  const { window } = new JSDOM('')
  document = window.document
  const serializer = new window.XMLSerializer()
  xml = (node) => serializer.serializeToString(node)
}, 30_000)

describe('serializeSvg', () => {
  it('writes what XMLSerializer writes: namespace on the root, empty elements closed, text and attributes escaped', () => {
    const svg = element(document, 'svg', { width: 720, 'font-family': 'Arial, "Noto Sans CJK TC"', 'aria-label': 'a < b & c > d\n\tE\r' })
    const g = element(document, 'g', { transform: 'translate(0,12.5)' })
    const text = element(document, 'text', { x: 16 })
    text.append('GDP >= 21% & 億元 <2010> "quoted" \'single\'')
    const tspan = element(document, 'tspan', { dy: '1em' })
    tspan.append('second line')
    text.append(tspan)
    g.append(element(document, 'path', { d: 'M0,0L1,1' }), text, element(document, 'g', {}))
    svg.append(element(document, 'title', {}), g)
    expect(serializeSvg(svg)).toBe(xml(svg))
    expect(serializeSvg(svg)).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="720" font-family="Arial, &quot;Noto Sans CJK TC&quot;" aria-label="a &lt; b &amp; c &gt; d&#xA;&#x9;E&#xD;"><title/>')
    expect(serializeSvg(svg)).toContain('<text x="16">GDP &gt;= 21% &amp; 億元 &lt;2010&gt; "quoted" \'single\'<tspan dy="1em">second line</tspan></text>')
  })

  it('gives up on what charts do not hold, for XMLSerializer to write', () => {
    const foreign = element(document, 'svg', {})
    foreign.append(document.createElementNS('http://www.w3.org/1999/xhtml', 'div'))
    expect(serializeSvg(foreign)).toBeNull()
    const linked = element(document, 'svg', {})
    const use = element(document, 'use', {})
    use.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', '#a')
    linked.append(use)
    expect(serializeSvg(linked)).toBeNull()
    const commented = document.createElementNS(svgNs, 'svg')
    commented.append(document.createComment('note'))
    expect(serializeSvg(commented)).toBeNull()
  })
})
