import type { CheckResult } from '@zonecast/core'
import { formatTable } from '../format/format-table'
import { requirementRows } from './requirement-rows'

/**
 * What the plan's GDP path needs (MODEL.md §3) as a two-column table, or an empty string when
 * the scenario gives no plan GDP path.
 *
 * @example renderRequirements(result) // => "requirement  value\n...implied ICOR of the plan  1.89\n"
 */
export function renderRequirements(result: CheckResult): string {
  const rows = requirementRows(result, 'en')
  if (rows.length === 0) return ''
  return formatTable({ header: ['what the plan path needs', 'value'], rows, align: ['left', 'right'] })
}
