import type { TargetResult } from '@zonecast/core'
import { missingValue } from '../format/format-number'
import { formatTargetValue } from './format-target-value'

/**
 * A target's bound as people write it: `≥ 21.0%`, `≤ 1.0`, or both (`≥ 2.5, ≤ 7`); `–` when
 * it has neither.
 *
 * @example formatBound({ kind: 'cagr', min: 0.21, ... }) // => "≥ 21.0%"
 * @example formatBound({ kind: 'level', min: 1680, ... }) // => "≥ 1,680"
 */
export function formatBound(target: Pick<TargetResult, 'kind' | 'min' | 'max'>): string {
  const parts: string[] = []
  if (target.min !== undefined && target.min !== null) parts.push(`≥ ${formatTargetValue(target.kind, target.min)}`)
  if (target.max !== undefined && target.max !== null) parts.push(`≤ ${formatTargetValue(target.kind, target.max)}`)
  return parts.length > 0 ? parts.join(', ') : missingValue
}
