/** The SVG namespace: elements made in jsdom's HTML document must be created in it. */
export const svgNs = 'http://www.w3.org/2000/svg'

/**
 * An SVG element with attributes.
 *
 * @example element(document, 'rect', { width: 10 }).getAttribute('width') // => "10"
 */
export function element(document: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(svgNs, name) as SVGElement
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value))
  return el
}
