/**
 * Numeric leaves: a number, a quantity string with a unit (`"110 wanyuan/mu"`), or a
 * distribution (MODEL.md U1), converted to the scenario's units.
 */
import * as z from 'zod'
import { toScenarioUnits, UnitError } from '../../units'
import type { QuantityKind } from '../../units'
import type { Num } from '../types'
import { readDistribution } from './read-distribution'
import { reporter } from './issue'
import type { Report } from './issue'
import type { SchemaContext } from './schema-context'

export interface LeafOptions {
  /** smallest allowed value (inclusive unless `exclusive`) */
  min?: number
  exclusive?: boolean
  max?: number
  integer?: boolean
  /** distributions allowed here (not in observed data) */
  dist?: boolean
}

/**
 * Reads one numeric leaf; reports problems and returns undefined when it cannot.
 *
 * @example readNum("16 億元", "money", ctx, report) // => 16 (with money: yiyuan)
 */
export function readNum(v: unknown, kind: QuantityKind, sc: SchemaContext, report: Report, opts: LeafOptions = {}): Num | undefined {
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && (opts.dist ?? true)) {
    if (!('dist' in v)) {
      report(`expected ${describeKind(kind)}, got a map`, [], mapHint(v))
      return undefined
    }
    return readDistribution(v as Record<string, unknown>, kind, sc, report, opts)
  }
  const n = readQuantity(v, kind, sc, report)
  if (n === undefined) return undefined
  return checkBounds(n, report, opts) ? n : undefined
}

/**
 * Largest magnitude of any number in a scenario, in its units: China's GDP is about 1.3e6 億元,
 * so nothing real comes near, and paths grown from it over a century stay far from overflow.
 */
export const MAX_MAGNITUDE = 1e15

/**
 * Smallest magnitude of a number other than 0, in the scenario's units: 1e-12 億元 is 0.0001 yuan,
 * and no rate or share is stated to 12 decimals. With `MAX_MAGNITUDE` it keeps every ratio of two
 * stated numbers (a growth from a base, a share's bound) within 1e27, far from overflow: a base
 * of 5e-324 made the growth to the next year's level Infinity.
 */
export const MIN_MAGNITUDE = 1e-12

/** Reads a number or quantity string (no distribution): 0, or from `MIN_MAGNITUDE` to `MAX_MAGNITUDE` either side of 0. */
export function readQuantity(v: unknown, kind: QuantityKind, sc: SchemaContext, report: Report, path: (string | number)[] = []): number | undefined {
  const n = readAnyQuantity(v, kind, sc, report, path)
  const written = typeof v === 'string' ? `"${v}" is ${n}, which` : String(n)
  if (n !== undefined && Math.abs(n) > MAX_MAGNITUDE) {
    report(`${written} is larger than ${MAX_MAGNITUDE} in magnitude`, path, 'no zone quantity comes near; check the exponent and the unit')
    return undefined
  }
  if (n !== undefined && n !== 0 && Math.abs(n) < MIN_MAGNITUDE) {
    report(`${written} is smaller than ${MIN_MAGNITUDE} in magnitude but not 0`, path, 'no zone quantity is that small: write 0, or check the exponent and the unit')
    return undefined
  }
  return n
}

// a number or quantity string in the scenario's units, any magnitude
function readAnyQuantity(v: unknown, kind: QuantityKind, sc: SchemaContext, report: Report, path: (string | number)[]): number | undefined {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      report(`${v} is not a finite number`, path, 'write an ordinary number')
      return undefined
    }
    return v
  }
  if (typeof v === 'string') {
    try {
      return toScenarioUnits(v, kind, sc.units)
    } catch (e) {
      if (e instanceof UnitError) {
        report(e.message, path, e.hint)
        return undefined
      }
      throw e
    }
  }
  report(`expected ${describeKind(kind)}, got ${describeValue(v)}`, path)
  return undefined
}

/** Checks a value against the leaf's bounds; reports and returns false when outside. */
export function checkBounds(n: number, report: Report, opts: LeafOptions, path: (string | number)[] = []): boolean {
  if (opts.integer && !Number.isInteger(n)) {
    report(`${n} is not a whole number`, path)
    return false
  }
  if (opts.min !== undefined && (opts.exclusive ? n <= opts.min : n < opts.min)) {
    report(`${n} is ${opts.exclusive ? 'not above' : 'below'} ${opts.min}`, path, `use a value ${opts.exclusive ? '>' : '≥'} ${opts.min}`)
    return false
  }
  if (opts.max !== undefined && n > opts.max) {
    report(`${n} is above ${opts.max}`, path, `use a value ≤ ${opts.max}`)
    return false
  }
  return true
}

/**
 * A zod schema for a required (or, with `optional`, optional) numeric leaf.
 */
export function leaf(kind: QuantityKind, sc: SchemaContext, opts: LeafOptions & { optional?: boolean } = {}) {
  const schema = z.unknown().transform((v, ctx): Num | undefined => {
    if (v === undefined) {
      reporter(ctx, v)('is missing', [], `add a value: ${describeKind(kind)}`)
      return z.NEVER
    }
    const r = readNum(v, kind, sc, reporter(ctx, v), opts)
    return r === undefined ? z.NEVER : r
  })
  // zod runs an optional schema only on values that are present
  return opts.optional ? schema.optional() : schema
}

/** A plain year: a whole number in the range zonecast accepts. */
export function describeKind(kind: QuantityKind): string {
  switch (kind) {
    case 'money':
      return 'a money amount (a number, or a quantity such as "16 yiyuan" or "4485 萬元")'
    case 'area':
      return 'an area (a number of km², or a quantity such as "20 km2" or "3000 mu")'
    case 'moneyPerArea':
      return 'money per area (a quantity such as "110 wanyuan/mu" or "1.2 yiyuan/km2")'
    case 'ratio':
      return 'a number or a rate such as 0.21 or "21%"'
    case 'count':
      return 'a number'
  }
}

/** Names a value's type for messages. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a map'
  if (typeof v === 'string') return `the text "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return typeof v
}

function mapHint(v: object): string | undefined {
  const keys = Object.keys(v)
  if (keys.includes('base') || keys.includes('growth')) return 'a path ({base, growth}) is not allowed here; give one number'
  return 'give a number, a quantity string, or a distribution such as {dist: uniform, min: 3, max: 5}'
}
