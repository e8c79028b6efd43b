import type { ChartUnit, Lang } from '../chart-types'
import { wordsFor } from './words'

/** Money unit names of shared/INTERFACE.md ("Units") as a chart writes them, in either language. */
const moneyNames: Readonly<Record<string, { en: string; zh: string }>> = {
  yuan: { en: '元', zh: '元' },
  wanyuan: { en: '萬元', zh: '萬元' },
  yiyuan: { en: '億元', zh: '億元' },
  wanyiyuan: { en: '萬億元', zh: '萬億元' },
  usd: { en: 'USD', zh: '美元' },
  wanusd: { en: '10,000 USD', zh: '萬美元' },
  yiusd: { en: '100 million USD', zh: '億美元' }
}

/**
 * An axis label that says the unit and, for money, the price basis.
 *
 * @example unitLabel({ kind: 'money', money: 'yiyuan', prices: 'real', baseYear: 2005 }, 'en') // => "億元, 2005 prices"
 * @example unitLabel({ kind: 'money', money: 'yiyuan', prices: 'real', baseYear: 2005 }, 'zh') // => "億元，2005年價格"
 * @example unitLabel({ kind: 'area' }, 'zh') // => "平方公里"
 */
export function unitLabel(unit: ChartUnit, lang: Lang): string {
  const w = wordsFor(lang)
  switch (unit.kind) {
    case 'money': {
      const name = moneyNames[unit.money]?.[lang] ?? unit.money
      const basis = unit.prices === 'real' ? w.prices(unit.baseYear) : unit.prices === 'nominal' ? w.currentPrices : w.eachBasePrices
      return `${name}${w.comma}${basis}`
    }
    case 'area':
      return w.km2
    case 'count':
      return w.count
    case 'percent':
      return w.percent
    case 'ratio':
      return w.ratio
  }
}

/**
 * The short unit written after a number: "億元", "km²", "%" (none for counts and ratios).
 *
 * @example unitSuffix({ kind: 'area' }, 'en') // => " km²"
 */
export function unitSuffix(unit: ChartUnit, lang: Lang): string {
  switch (unit.kind) {
    case 'money':
      return ` ${moneyNames[unit.money]?.[lang] ?? unit.money}`
    case 'area':
      return ` ${wordsFor(lang).km2}`
    case 'percent':
      return '%'
    default:
      return ''
  }
}
