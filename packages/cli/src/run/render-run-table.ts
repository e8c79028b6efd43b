import type { RunResult } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { formatTable } from '../format/format-table'
import { runTable } from './run-table'

/**
 * A run result as an aligned text table for the terminal (see `runTable` for its columns).
 *
 * @example renderRunTable(result, 'en')
 * // => "path  series  unit    prices      2005      2006\n----  ...\nplan  GDP     yiyuan  real    1,000.00  1,210.00\n..."
 */
export function renderRunTable(result: RunResult, lang: Lang): string {
  return formatTable(runTable(result, lang))
}
