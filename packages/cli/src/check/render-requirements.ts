import type { CheckResult } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { formatTable } from '../format/format-table'
import { reportWords } from '../report/report-words'
import { requirementRows } from './requirement-rows'

/**
 * What the plan's GDP path needs (MODEL.md §3) as a two-column table in the chosen language, with
 * the report's header, or an empty string when the scenario gives no plan GDP path.
 *
 * @example renderRequirements(result, 'en') // => "what the plan path needs  value\n...implied ICOR of the plan (R4)  1.89\n"
 */
export function renderRequirements(result: CheckResult, lang: Lang): string {
  const rows = requirementRows(result, lang)
  if (rows.length === 0) return ''
  return formatTable({ header: reportWords(lang).requirementHeader, rows, align: ['left', 'right'] })
}
