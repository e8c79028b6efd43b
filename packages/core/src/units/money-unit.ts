import { didYouMeanSuffix } from '../util/did-you-mean'
import { UnitError } from './unit-error'
import { UNIT_NAMES } from './unit-names'

/** The Chinese money units a scenario's `money:` key may name, ASCII and Chinese. */
const MONEY_UNIT_NAMES: readonly string[] = Object.keys(UNIT_NAMES).filter((n) => UNIT_NAMES[n]?.dimension === 'cny')

/**
 * Whether `name` is a Chinese money unit a scenario may hold its money in (its `money:` key):
 * `yuan`, `wanyuan`, `yiyuan`, `wanyiyuan` or 元, 萬元/万元, 億元/亿元, 萬億元/万亿元.
 * US dollar units are not: money is held in yuan, USD inputs convert at `exchange_rate`.
 *
 * @example isMoneyUnit("億元") // => true
 * @example isMoneyUnit("wanusd") // => false
 */
export function isMoneyUnit(name: string): boolean {
  return MONEY_UNIT_NAMES.includes(name)
}

/**
 * Yuan per one of the money unit `name`.
 *
 * @throws {UnitError} when `name` is not a Chinese money unit
 * @example moneyUnitFactor("yiyuan") // => 100000000
 * @example moneyUnitFactor("萬元") // => 10000
 */
export function moneyUnitFactor(name: string): number {
  const def = isMoneyUnit(name) ? UNIT_NAMES[name] : undefined
  if (def !== undefined) return def.num / def.den
  if (UNIT_NAMES[name]?.dimension === 'usd') {
    throw new UnitError(`money unit "${name}" is in US dollars, but money is held in yuan`, 'set money: to a yuan unit such as yiyuan and exchange_rate: to the CNY per USD rate')
  }
  throw new UnitError(`unknown money unit "${name}"${didYouMeanSuffix(name, MONEY_UNIT_NAMES)}`, `use one of ${MONEY_UNIT_NAMES.join(', ')}`)
}
