import type { Label } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { pickLabel } from '../cli/pick-label'

/**
 * A chart's subtitle for one scenario: its title in the chart's language and its years.
 *
 * @example chartSubtitle({ en: 'Jilin zones' }, 'jilin', { base: 2005, end: 2010 }, 'en') // => "Jilin zones, 2005–2010"
 * @example chartSubtitle({ zh: '吉林省開發區' }, 'jilin', { base: 2005, end: 2010 }, 'zh') // => "吉林省開發區，2005–2010年"
 */
export function chartSubtitle(title: Label, id: string, years: { base: number; end: number }, lang: Lang): string {
  const name = pickLabel(title, lang, id)
  return lang === 'zh' ? `${name}，${years.base}–${years.end}年` : `${name}, ${years.base}–${years.end}`
}
