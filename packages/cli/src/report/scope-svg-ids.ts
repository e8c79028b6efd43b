/** An id attribute, or a reference to one (`url(#…)`, `href="#…"`). */
const idPattern = /\b(id=")([^"]+)(")|(url\(#)([^)]+)(\))|(href="#)([^"]+)(")/g

/**
 * A standalone chart's SVG made fit to sit inline in an HTML page beside other charts: the XML
 * declaration dropped, and every id (Plot's clip paths are `plot-clip-1` in every file) and every
 * reference to one prefixed, so two charts' ids cannot collide.
 *
 * @param prefix a prefix unique in the page, e.g. `fan`
 * @example scopeSvgIds('<?xml version="1.0"?>\n<svg><clipPath id="plot-clip-1"/><g clip-path="url(#plot-clip-1)"/></svg>\n', 'fan') // => '<svg><clipPath id="fan-plot-clip-1"/><g clip-path="url(#fan-plot-clip-1)"/></svg>'
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  const body = svg.replace(/^<\?xml[^>]*\?>\s*/, '').trim()
  return body.replace(idPattern, (match: string, ...g: (string | undefined)[]) => {
    for (const i of [0, 3, 6]) if (g[i] !== undefined) return `${g[i]}${prefix}-${g[i + 1]}${g[i + 2]}`
    return match
  })
}
