import { textWidth } from './text-width'
import { wrapText } from './wrap-text'

/**
 * A label followed by its unit in brackets, shortened with "…" to fit `maxWidth` pixels: the
 * label gives way, the unit never does (an axis must say its unit however long the target's name).
 *
 * @param unit the unit's text; empty for none
 * @param size font size in pixels
 * @example fitLabelWithUnit('Zone GDP growth', '%', 12, 400) // => "Zone GDP growth (%)"
 */
export function fitLabelWithUnit(label: string, unit: string, size: number, maxWidth: number): string {
  const suffix = unit ? ` (${unit})` : ''
  const room = maxWidth - textWidth(suffix, size)
  const fitted = textWidth(label, size) <= room ? label : (wrapText(label.replace(/\n/g, ' '), size, Math.max(room, size), 1)[0] ?? '')
  return `${fitted}${suffix}`
}
