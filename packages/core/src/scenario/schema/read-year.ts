import type { Report } from './issue'

/** Earliest year accepted: before 1900 no Chinese zone statistics exist to compare with. */
export const MIN_YEAR = 1900
/** Latest year accepted: beyond any plan horizon a planner would write. */
export const MAX_YEAR = 2200

/**
 * Reads a year written as a map key or a value.
 *
 * @example readYearKey("2006", report) // => 2006
 */
export function readYearKey(key: unknown, report: Report, path: (string | number)[] = [String(key)]): number | undefined {
  const text = typeof key === 'number' ? String(key) : typeof key === 'string' ? key.trim() : ''
  if (!/^\d{4}$/.test(text)) {
    report(`"${String(key)}" is not a year`, path, 'years are written as four digits, e.g. 2010', true)
    return undefined
  }
  const year = Number(text)
  if (year < MIN_YEAR || year > MAX_YEAR) {
    report(`year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`, path, undefined, true)
    return undefined
  }
  return year
}
