import { fontSize } from '../style/typography'
import { textWidth } from '../text/text-width'
import type { LegendItem, Swatch } from './chart-parts'
import { element } from './svg-element'

/** Width of a swatch, its gap to the label, and the gap between entries. */
const swatchWidth = 24
const swatchGap = 6
const entryGap = 18
/** Height of a legend row. */
const rowHeight = 20

/**
 * The legend as SVG marks: entries in rows, wrapped to `maxWidth`.
 *
 * @returns the group (placed at 0,0; the caller translates it) and its height
 * @example drawLegend(document, [{ label: 'Plan', swatch: { kind: 'line', colour: '#0072B2', dash: '6 4' } }], 688).height // => 20
 */
export function drawLegend(document: Document, items: readonly LegendItem[], maxWidth: number): { group: SVGGElement; height: number } {
  const group = element(document, 'g', { 'aria-label': 'legend', 'font-size': fontSize.legend, 'text-anchor': 'start' }) as SVGGElement
  let x = 0
  let row = 0
  for (const item of items) {
    const width = swatchWidth + swatchGap + textWidth(item.label, fontSize.legend)
    if (x > 0 && x + width > maxWidth) {
      x = 0
      row++
    }
    const middle = row * rowHeight + rowHeight / 2
    group.append(swatch(document, item.swatch, x, middle))
    const label = element(document, 'text', { x: x + swatchWidth + swatchGap, y: middle + fontSize.legend * 0.36 })
    label.textContent = item.label
    group.append(label)
    x += width + entryGap
  }
  return { group, height: (row + 1) * rowHeight }
}

// the mark of one entry, centred vertically on `middle`
function swatch(document: Document, s: Swatch, x: number, middle: number): SVGElement {
  switch (s.kind) {
    case 'line':
      return element(document, 'line', { x1: x, x2: x + swatchWidth, y1: middle, y2: middle, stroke: s.colour, 'stroke-width': s.width ?? 2.5, ...(s.dash ? { 'stroke-dasharray': s.dash } : {}) })
    case 'box':
      return element(document, 'rect', { x, y: middle - 6, width: swatchWidth, height: 12, fill: s.colour })
    case 'diamond': {
      const c = x + swatchWidth / 2
      return element(document, 'path', { d: `M${c},${middle - 6}L${c + 6},${middle}L${c},${middle + 6}L${c - 6},${middle}Z`, fill: 'white', stroke: s.colour, 'stroke-width': 2 })
    }
    case 'tick':
      return element(document, 'line', { x1: x + swatchWidth / 2, x2: x + swatchWidth / 2, y1: middle - 7, y2: middle + 7, stroke: s.colour, 'stroke-width': 2.5 })
  }
}
