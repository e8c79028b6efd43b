import { ink } from '../style/palette'
import { renumberClipIds } from './renumber-clip-ids'
import { roundAttributes } from './round-attributes'

/**
 * The serialised SVG made standalone and deterministic: `currentColor` (which means the colour
 * of whatever page embeds the SVG) becomes the chart's ink; Plot's clip-path ids, which come from
 * a counter shared by the whole process, are numbered from 1 in each file; coordinates are
 * rounded to hundredths of a pixel, so floating-point noise cannot change the bytes.
 *
 * @param xml the chart as `XMLSerializer` writes it (with its `xmlns`)
 * @example finishSvg('<svg xmlns="http://www.w3.org/2000/svg"><path stroke="currentColor" d="M0.123456,1"/></svg>') // => '<?xml …?>\n<svg …><path stroke="#222222" d="M0.12,1"/></svg>\n'
 */
export function finishSvg(xml: string): string {
  const text = roundAttributes(renumberClipIds(xml.replaceAll('currentColor', ink)))
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`
}
