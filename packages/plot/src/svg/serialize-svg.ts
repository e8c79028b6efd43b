import { svgNs } from '../frame/svg-element'

/** Node types met in a chart: elements and text. */
const elementNode = 1
const textNode = 3

/** Characters escaped in text (`&`, `<`, `>`) and in attribute values (also `"`, tab, newline, return). */
const textSpecial = /[&<>]/g
const attributeSpecial = /[&<>"\t\n\r]/g
const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' }

/**
 * A chart's SVG element as XML text: the bytes jsdom's `XMLSerializer` writes for it, in a
 * fraction of the time (its general namespace bookkeeping was a quarter of each chart's cost).
 * Charts hold only SVG elements with plain attributes, and text; anything else (a foreign
 * element, a prefixed attribute such as `xlink:href`, a comment) returns null, and the caller
 * uses `XMLSerializer`. (An attribute in a namespace without a prefix would be written as a
 * plain one: neither Plot nor this package makes one.)
 *
 * @example serializeSvg(element(document, 'svg', { width: 10 })) // => '<svg xmlns="http://www.w3.org/2000/svg" width="10"/>'
 */
export function serializeSvg(svg: Element): string | null {
  const out: string[] = []
  return write(svg, out, true) ? out.join('') : null
}

// appends one element and what it holds; false when it holds something not handled here
function write(el: Element, out: string[], root: boolean): boolean {
  if (el.namespaceURI !== svgNs || el.prefix !== null) return false
  out.push('<', el.localName)
  if (root) out.push(' xmlns="', svgNs, '"')
  for (const name of el.getAttributeNames()) {
    // a namespaced attribute is named with its prefix (`xlink:href`)
    if (name.includes(':')) return false
    out.push(' ', name, '="', el.getAttribute(name)!.replace(attributeSpecial, escape), '"')
  }
  if (!el.hasChildNodes()) {
    out.push('/>')
    return true
  }
  out.push('>')
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === textNode) out.push((node.nodeValue ?? '').replace(textSpecial, escape))
    else if (node.nodeType !== elementNode || !write(node as Element, out, false)) return false
  }
  out.push('</', el.localName, '>')
  return true
}

// the entity of one special character
function escape(ch: string): string {
  return entities[ch]!
}
