/**
 * Finding messages in Chinese. The core writes its messages in English (MODEL.md §4); a report or
 * a check in Chinese writes each one again from the finding's data fields, one function per code.
 * A code this table does not know (a newer core), or a finding without the fields its message
 * needs (an older core), keeps the core's English message, so nothing is ever lost.
 */
import type { Finding } from '@zonecast/core'
import { findingFields, MissingFindingField } from './zh-finding-fields'
import type { FindingFields } from './zh-finding-fields'
import { impliedRestGrowthZh } from './zh-implied-rest-growth'
import { debtLimitBreachedZh, defaultAssumedZh, impliedIcorZh, landShortZh } from './zh-model-findings'
import { frontLoadedZh, levelRateMismatchZh, mixedPriceBasisZh, partsVsTotalZh, targetUnreachableOnPlanZh } from './zh-plan-findings'

/** Every finding code `zonecast check` emits (packages/core/src/checks/), with its Chinese message. */
const messages: Readonly<Record<string, (x: FindingFields) => string>> = {
  'level-rate-mismatch': levelRateMismatchZh,
  'parts-exceed-total': (x) => partsVsTotalZh(x, true),
  'parts-short-of-total': (x) => partsVsTotalZh(x, false),
  'front-loaded': frontLoadedZh,
  'implied-rest-growth': impliedRestGrowthZh,
  'mixed-price-basis': mixedPriceBasisZh,
  'target-unreachable-on-plan': targetUnreachableOnPlanZh,
  'implied-icor': impliedIcorZh,
  'land-short': landShortZh,
  'debt-limit-breached': debtLimitBreachedZh,
  'default-assumed': defaultAssumedZh
}

/** The codes with a Chinese message. */
export const zhFindingCodes: readonly string[] = Object.keys(messages)

/**
 * A finding's message in Chinese, or its English message when its code or a field it needs is
 * unknown.
 *
 * @example zhFindingMessage(landShortFinding) // => "規劃的生產總值路徑需要新增項目投資5,190.77 億元（基年價格），…"
 */
export function zhFindingMessage(f: Finding): string {
  const write = messages[f.code]
  if (!write) return f.message
  try {
    return write(findingFields(f))
  } catch (e) {
    if (e instanceof MissingFindingField) return f.message
    throw e
  }
}
