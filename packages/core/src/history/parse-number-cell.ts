/** A number as spreadsheets write it: optional sign, digits with optional thousands separators, decimals, exponent. */
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/

/**
 * Reads a CSV cell as a number: `1057.5`, `1,057.5`, `-3`, `1.2e4`; surrounding spaces allowed.
 * Empty cells and text give undefined. O(length).
 *
 * @example parseNumberCell(" 1,057.5 ") // => 1057.5
 * @example parseNumberCell("12x") // => undefined
 */
export function parseNumberCell(cell: string): number | undefined {
  const t = cell.trim()
  if (t === '' || !NUMBER.test(t) || !/\d/.test(t)) return undefined
  const v = Number(t.replaceAll(',', ''))
  return Number.isFinite(v) ? v : undefined
}

/**
 * Reads a year: four digits, e.g. a CSV header `2004` or a long file's year cell.
 *
 * @example parseYearCell(" 2004 ") // => 2004
 * @example parseYearCell("2004.5") // => undefined
 */
export function parseYearCell(cell: string): number | undefined {
  const t = cell.trim()
  return /^\d{4}$/.test(t) ? Number(t) : undefined
}
