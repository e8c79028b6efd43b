import type { RunResult } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import type { Align, TextTable } from '../format/format-table'
import { formatRunCells } from './format-run-cells'
import { runRows } from './run-rows'

/**
 * The table people read of a run result, before layout: columns path, series (label in the
 * chosen language), unit, prices, then one per year; one row per series (plan, model, region,
 * indicators); numbers formatted by `formatRunCells`. Text and Markdown output lay it out.
 *
 * @example runTable(result, 'en').header // => ["path", "series", "unit", "prices", "2005", ..., "2010"]
 */
export function runTable(result: RunResult, lang: Lang): TextTable {
  const header = ['path', 'series', 'unit', 'prices', ...result.years.map(String)]
  const rows = runRows(result, lang).map((row) => {
    const cells = formatRunCells(row)
    return [row.path, row.label, cells.unit, row.prices, ...cells.values]
  })
  const align: Align[] = header.map((_, c): Align => (c < header.length - result.years.length ? 'left' : 'right'))
  return { header, rows, align }
}
