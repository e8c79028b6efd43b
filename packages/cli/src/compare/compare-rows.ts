import type { ComparisonResult, Label } from '@zonecast/core'
import { formatTargetValue } from '../check/format-target-value'
import type { Lang } from '../cli/global-options'
import { pickLabel } from '../cli/pick-label'
import { formatNumber } from '../format/format-number'
import { compareWords } from './compare-words'

/** How `compareRows` writes a comparison. */
export interface CompareRowsOptions {
  /** numbers as they are and a status row under each target (CSV), instead of formatted cells */
  raw: boolean
  lang: Lang
  /** a series' label by its name, for its row in Chinese */
  seriesLabel?: (name: string) => Label | undefined
}

/**
 * A comparison as rows: a header of scenario (or variant) ids, then every target's model value
 * and status (✓ met, ✗ missed), the end-year level of each main series and the requirements,
 * with the row names in the chosen language (compare-words.ts); ids stay as they are.
 *
 * @example compareRows(result, { raw: false, lang: 'en' })[1] // => ["target gdp-cagr", "11.9% ✗", "11.5% ✗"]
 */
export function compareRows(r: ComparisonResult, options: CompareRowsOptions): (string | number | null)[][] {
  const { raw } = options
  const w = compareWords(options.lang)
  const header = ['', ...r.scenarios.map((s) => s.variant ?? s.id)]
  const level = (v: number | null) => (raw ? v : formatNumber(v, { style: 'level', decimals: 2, trim: true }))
  const rows: (string | number | null)[][] = [header]
  for (const t of r.targets) {
    rows.push([w.targetRow(t.id), ...t.values.map((v) => (v === null ? (raw ? null : '–') : raw ? v.value : `${formatTargetValue(t.kind as never, v.value)} ${v.status === 'met' ? '✓' : '✗'}`))])
    if (raw) rows.push([`${w.targetRow(t.id)} status`, ...t.values.map((v) => v?.status ?? null)])
  }
  const endYear = r.scenarios[0]!.end_year
  for (const [name, values] of Object.entries(r.series)) rows.push([w.seriesRow(name, pickLabel(options.seriesLabel?.(name), options.lang, name), endYear), ...values.map(level)])
  for (const [key, values] of Object.entries(r.requirements)) rows.push([w.requirementRow(key), ...values.map(level)])
  return rows
}
