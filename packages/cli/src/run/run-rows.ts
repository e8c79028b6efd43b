import type { RunResult, SeriesValues } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { pickLabel } from '../cli/pick-label'

/** The parts of a run result that hold series, in the order tables list them. */
export const runPaths = ['plan', 'model', 'region', 'indicators'] as const

/** One of `runPaths`; also the JSON key the series sits under. */
export type RunPath = (typeof runPaths)[number]

/** One series of a run result, with what a table needs to show it. */
export interface RunRow {
  path: RunPath
  /** the series' name, e.g. `gdp` */
  series: string
  /** its label in the chosen language, else its name */
  label: string
  /** display unit from the result's `meta`, e.g. `yiyuan`; empty when the result gives none */
  unit: string
  /** price basis `real`, `nominal` or `none`; empty when the result gives none */
  prices: string
  /** values aligned with the result's `years` */
  values: SeriesValues
}

/**
 * The series of a run result as rows: plan, then model, then region, then indicators, each in
 * the result's order; series with no value in any year are left out.
 *
 * @example runRows(result, 'en')[0] // => { path: "plan", series: "gdp", label: "GDP", unit: "yiyuan", prices: "real", values: [...] }
 */
export function runRows(result: RunResult, lang: Lang): RunRow[] {
  const rows: RunRow[] = []
  for (const path of runPaths) {
    for (const [series, values] of Object.entries(result[path] ?? {})) {
      // a series with no value at all (the model path without a land block, say) is left to the JSON
      if (values.every((v) => v === null)) continue
      const meta = (path === 'region' ? result.meta?.[`region.${series}`] : undefined) ?? result.meta?.[series]
      rows.push({ path, series, label: pickLabel(meta?.label, lang, series), unit: meta?.unit ?? '', prices: meta?.prices ?? '', values })
    }
  }
  return rows
}
