import { didYouMeanSuffix } from '../util/did-you-mean'
import { moneyUnitFactor } from './money-unit'
import { readQuantity } from './read-quantity'
import { UnitError } from './unit-error'
import { parseUnit } from './unit-math'
import type { ParsedUnit } from './unit-math'
import { KNOWN_UNIT_NAMES, UNIT_NAMES } from './unit-names'

/**
 * What a number in the scenario measures, which decides the units it may carry: money
 * (the scenario's money unit), area (km²), money per area (money unit per km²), a count or a
 * ratio (plain numbers; a ratio may be a percentage).
 */
export type QuantityKind = 'money' | 'area' | 'moneyPerArea' | 'count' | 'ratio'

/** The scenario's units, as set at its top. */
export interface UnitContext {
  /** unit of bare money numbers, a Chinese money unit name such as `yiyuan` or `億元` */
  money: string
  /** CNY per USD, needed when an input is in US dollars */
  exchangeRate?: number
}

/** Percent to fraction. */
const PERCENT = 100
/** Characters that may appear in a unit name: Latin letters, digits, CJK ideographs. */
const UNIT_NAME = /[a-zA-Z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][a-zA-Z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]*/g
/** Largest integer a double holds exactly; unit factors are reduced only below it. */
const EXACT_INTEGER_LIMIT = Number.MAX_SAFE_INTEGER

/** Exponents of money (yuan and USD together) and length that each kind needs. */
const EXPECTED: Record<QuantityKind, { money: number; length: number; noun: string; hint: string }> = {
  money: { money: 1, length: 0, noun: 'a money amount', hint: 'write it in money, e.g. "20 yiyuan"' },
  area: { money: 0, length: 2, noun: 'an area', hint: 'write it as an area, e.g. "20 km2" or "300 mu"' },
  moneyPerArea: { money: 1, length: -2, noun: 'money per area', hint: 'write it as money per area, e.g. "110 wanyuan/mu" or "1.2 yiyuan/km2"' },
  count: { money: 0, length: 0, noun: 'a count', hint: 'write it as a plain number, e.g. 12' },
  ratio: { money: 0, length: 0, noun: 'a ratio', hint: 'write it as a fraction or a percentage, e.g. 0.21 or "21%"' }
}

/**
 * Converts a quantity written in a scenario into the scenario's units: money in `ctx.money`,
 * areas in km², money per area in `ctx.money` per km², counts and ratios as plain numbers
 * (`"21%"` → 0.21). Bare numbers (and bare numeric strings) are taken as already in those units.
 * US dollar amounts convert at `ctx.exchangeRate` (CNY per USD).
 *
 * @throws {UnitError} on an unreadable value, an unknown unit, a unit of the wrong dimension,
 *   a USD amount without an exchange rate, or a result that is not finite
 * @example toScenarioUnits("110 wanyuan/mu", "moneyPerArea", { money: "yiyuan" }) // => 16.5
 * @example toScenarioUnits("16億元", "money", { money: "wanyuan" }) // => 160000
 * @example toScenarioUnits("5377 wanusd", "money", { money: "yiyuan", exchangeRate: 8.19 }) // => 4.403763
 * @example toScenarioUnits("21%", "ratio", { money: "yiyuan" }) // => 0.21
 */
export function toScenarioUnits(value: number | string, kind: QuantityKind, ctx: UnitContext): number {
  const moneyFactor = moneyUnitFactor(ctx.money)
  if (typeof value === 'number') return finite(value, String(value))
  if (typeof value !== 'string') throw new UnitError(`${describe(value)} is not a number or a quantity such as "110 wanyuan/mu"`)
  const written = readQuantity(value)
  if (written.unit === '') return finite(written.value, value)
  if (written.percent) {
    if (kind !== 'ratio') throw new UnitError(`"${value}" is a percentage, but ${EXPECTED[kind].noun} is expected here`, EXPECTED[kind].hint)
    return finite(written.value / PERCENT, value)
  }
  const unit = readUnit(written.unit, value)
  const moneyPower = unit.cny + unit.usd
  const want = EXPECTED[kind]
  if (unit.other || moneyPower !== want.money || unit.length !== want.length) {
    throw new UnitError(`"${value}" is ${nounOf(unit, moneyPower)}, but ${want.noun} is expected here`, want.hint)
  }
  let converted = scale(written.value, unit, moneyFactor, moneyPower)
  if (unit.usd !== 0) converted *= exchangeRate(ctx, value) ** unit.usd
  return finite(converted, value)
}

/** Checks every unit name against the known ones (for a did-you-mean) before mathjs reads it. */
function readUnit(unitText: string, value: string): ParsedUnit {
  for (const name of unitText.match(UNIT_NAME) ?? []) {
    if (UNIT_NAMES[name] === undefined) {
      throw new UnitError(`unknown unit "${name}"${didYouMeanSuffix(name, KNOWN_UNIT_NAMES)}`, `known units: ${KNOWN_UNIT_NAMES.join(', ')}`)
    }
  }
  const parsed = parseUnit(unitText)
  if (parsed === undefined) {
    throw new UnitError(`cannot read the unit "${unitText}" in "${value}"`, 'write a unit or a ratio of units, e.g. "wanyuan", "km2" or "wanyuan/mu"')
  }
  return parsed
}

/** Multiplies by the unit's size as a reduced fraction, so exact conversions stay exact. */
function scale(value: number, unit: ParsedUnit, moneyFactor: number, moneyPower: number): number {
  let num = 1
  let den = 1
  for (const part of unit.parts) {
    const def = UNIT_NAMES[part.name]
    if (def === undefined) continue
    num *= (part.power >= 0 ? def.num : def.den) ** Math.abs(part.power)
    den *= (part.power >= 0 ? def.den : def.num) ** Math.abs(part.power)
  }
  if (moneyPower > 0) den *= moneyFactor ** moneyPower
  else num *= moneyFactor ** -moneyPower
  const g = gcd(num, den)
  num /= g
  den /= g
  if (den === 1) return value * num
  if (num === 1) return value / den
  return (value * num) / den
}

/** Greatest common divisor of two whole numbers; 1 unless both are exact integers. */
function gcd(a: number, b: number): number {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a > EXACT_INTEGER_LIMIT || b > EXACT_INTEGER_LIMIT) return 1
  while (b !== 0) [a, b] = [b, a % b]
  return a
}

/** The scenario's exchange rate, or an error saying it must be set. */
function exchangeRate(ctx: UnitContext, value: string): number {
  const rate = ctx.exchangeRate
  if (rate === undefined) {
    throw new UnitError(`"${value}" is in US dollars, so exchange_rate (CNY per USD) must be set at the top of the scenario`, 'add e.g. "exchange_rate: 7.0" next to "money:"')
  }
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new UnitError(`exchange_rate ${rate} is not a positive number of CNY per USD`, 'set exchange_rate at the top of the scenario, e.g. "exchange_rate: 7.0"')
  }
  return rate
}

/** What a parsed unit measures, in words, for messages. */
function nounOf(unit: ParsedUnit, moneyPower: number): string {
  if (unit.other) return 'not money, area or money per area'
  for (const kind of ['money', 'area', 'moneyPerArea'] as const) {
    if (EXPECTED[kind].money === moneyPower && EXPECTED[kind].length === unit.length) return EXPECTED[kind].noun
  }
  if (moneyPower === 0 && unit.length === 0) return 'a plain number'
  if (moneyPower === 0 && unit.length === 1) return 'a length'
  return 'not money, area or money per area'
}

/** Rejects NaN and infinities. */
function finite(x: number, written: string): number {
  if (!Number.isFinite(x)) throw new UnitError(`"${written}" is not a finite number`, 'write a finite number such as 12.5')
  return x
}

/** A non-string, non-number value, for a message. */
function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : String(value)
}
