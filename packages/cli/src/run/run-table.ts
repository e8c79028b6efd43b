import type { RunResult } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import type { Align, TextTable } from '../format/format-table'
import { formatRunCells } from './format-run-cells'
import { runRows } from './run-rows'
import { runWords } from './run-words'

/**
 * The table people read of a run result, before layout: columns path, series (label in the
 * chosen language), unit, prices, then one per year; one row per series (plan, model, region,
 * indicators); numbers formatted by `formatRunCells`. Text and Markdown output lay it out. In
 * Chinese the headers, paths, units and price bases are too (run-words.ts); numbers are not.
 *
 * @example runTable(result, 'en').header // => ["path", "series", "unit", "prices", "2005", ..., "2010"]
 */
export function runTable(result: RunResult, lang: Lang): TextTable {
  const w = runWords(lang)
  const header = [...w.header, ...result.years.map(String)]
  const rows = runRows(result, lang).map((row) => {
    const cells = formatRunCells(row)
    return [w.paths[row.path], row.label, w.unit(cells.unit), w.prices(row.prices), ...cells.values]
  })
  const align: Align[] = header.map((_, c): Align => (c < header.length - result.years.length ? 'left' : 'right'))
  return { header, rows, align }
}
