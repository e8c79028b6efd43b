import type { Label } from '@zonecast/core'
import type { Lang } from './global-options'

/**
 * A label in the wanted language, else in the other one, else the fallback (usually the
 * series' or target's id).
 *
 * @example pickLabel({ en: 'GDP', zh: '生產總值' }, 'zh', 'gdp') // => "生產總值"
 * @example pickLabel({ en: 'GDP' }, 'zh', 'gdp') // => "GDP"
 */
export function pickLabel(label: Label | string | undefined, lang: Lang, fallback: string): string {
  if (typeof label === 'string') return label || fallback
  const other: Lang = lang === 'en' ? 'zh' : 'en'
  return label?.[lang] || label?.[other] || fallback
}
