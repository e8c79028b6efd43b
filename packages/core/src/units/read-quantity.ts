import { UnitError } from './unit-error'

/** A quantity string split into its number and what follows it. */
export interface WrittenQuantity {
  /** the number as written, thousands separators removed */
  value: number
  /** the unit text after the number, whitespace collapsed; empty for a bare number */
  unit: string
  /** true when the unit is a percent sign */
  percent: boolean
}

/** A number, optionally signed, with thousands separators in groups of three, a fraction and an exponent. */
const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/
/** Percent signs: ASCII and full-width. */
const PERCENT = /^[%％]$/
/** Thousands separator. */
const THOUSANDS = /,/g

/**
 * Splits a quantity as written in a scenario (`"2,485 wanyuan"`, `"16億元"`, `"21%"`) into its
 * number and its unit text. Units are not checked here.
 *
 * @throws {UnitError} when the text is empty or does not start with a number
 * @example readQuantity("2,485 wanyuan") // => { value: 2485, unit: "wanyuan", percent: false }
 * @example readQuantity("16億元") // => { value: 16, unit: "億元", percent: false }
 */
export function readQuantity(text: string): WrittenQuantity {
  const trimmed = text.trim()
  if (trimmed === '') throw new UnitError('empty value', 'write a number or a quantity such as "110 wanyuan/mu"')
  const match = NUMBER.exec(trimmed)
  if (match === null) {
    throw new UnitError(`"${text}" is not a number or a quantity such as "110 wanyuan/mu"`, 'write the number first, then its unit')
  }
  const rest = trimmed.slice(match[0].length).trim()
  if (rest.startsWith(',') || /^\d/.test(rest)) {
    throw new UnitError(`"${text}" has a misplaced thousands separator`, 'separate thousands in groups of three, e.g. "2,485 wanyuan", or write no separator')
  }
  return {
    value: Number(match[0].replace(THOUSANDS, '')),
    unit: rest.replace(/\s+/g, ' '),
    percent: PERCENT.test(rest)
  }
}
