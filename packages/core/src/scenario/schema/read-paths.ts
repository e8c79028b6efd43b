/**
 * Path specs (MODEL.md "Path specs"): a constant, a per-year map, `{base, growth}` or `{growth}`.
 */
import * as z from 'zod'
import type { QuantityKind } from '../../units'
import type { LevelPath, Num, RatePath } from '../types'
import { reporter } from './issue'
import type { Report } from './issue'
import { describeValue, readNum } from './leaf'
import type { LeafOptions } from './leaf'
import type { SchemaContext } from './schema-context'
import { readYearKey } from './read-year'

/**
 * Highest growth rate of a path, 1,000% a year: far above any zone's, and 11^100 keeps a century
 * of it from overflowing.
 */
export const MAX_GROWTH_RATE = 10
/** Growth rates below -100% would make levels negative. */
const RATE_OPTIONS: LeafOptions = { min: -1, exclusive: true, max: MAX_GROWTH_RATE }

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Reads `{2006: x, 2008: y}`: year keys to leaves, sorted by year.
 */
export function readYearMap<T>(v: Record<string, unknown>, report: Report, readValue: (value: unknown, report: Report) => T | undefined): [number, T][] | undefined {
  const out: [number, T][] = []
  let ok = true
  for (const [key, value] of Object.entries(v)) {
    const year = readYearKey(key, report)
    if (year === undefined) {
      ok = false
      continue
    }
    const sub: Report = (m, p = [], h, k) => report(m, [key, ...p], h, k)
    const x = readValue(value, sub)
    if (x === undefined) ok = false
    else out.push([year, x])
  }
  if (!ok) return undefined
  if (out.length === 0) return void report('the year map is empty', [], 'give at least one year, e.g. {2010: 100}')
  return out.sort((a, b) => a[0] - b[0])
}

/**
 * Reads a rate path: a rate, or `{year: rate}`.
 *
 * @example readRatePath(0.21, ctx, report) // => { kind: "constant", value: 0.21 }
 */
export function readRatePath(v: unknown, sc: SchemaContext, report: Report): RatePath<Num> | undefined {
  if (isMap(v) && !('dist' in v)) {
    const points = readYearMap(v, report, (x, r) => readNum(x, 'ratio', sc, r, RATE_OPTIONS))
    return points && { kind: 'years', points }
  }
  const value = readNum(v, 'ratio', sc, report, RATE_OPTIONS)
  return value === undefined ? undefined : { kind: 'constant', value }
}

/**
 * Reads a level path of the given kind of quantity.
 *
 * @example readLevelPath({ base: 3611, growth: 0.12 }, "money", ctx, report)
 * // => { kind: "growth", base: 3611, growth: { kind: "constant", value: 0.12 } }
 */
export function readLevelPath(v: unknown, kind: QuantityKind, sc: SchemaContext, report: Report, opts: LeafOptions = {}): LevelPath<Num> | undefined {
  if (!isMap(v) || 'dist' in v) {
    if (v === null || Array.isArray(v)) return void report(`expected a number, a year map or {base, growth}, got ${describeValue(v)}`)
    const value = readNum(v, kind, sc, report, opts)
    return value === undefined ? undefined : { kind: 'constant', value }
  }
  if ('base' in v || 'growth' in v) {
    let ok = true
    for (const key of Object.keys(v)) {
      if (key !== 'base' && key !== 'growth') {
        report(`unknown key "${key}" in a {base, growth} path`, [key], /^\d{4}$/.test(key) ? 'a path is either {base, growth} or a year map, not both' : 'a growth path takes only base and growth')
        ok = false
      }
    }
    if (!('growth' in v)) {
      report('a path with a base needs a growth rate', [], 'write {base: x, growth: 0.1}, or give the base alone as a number')
      return undefined
    }
    const base = 'base' in v ? readNum(v.base, kind, sc, (m, p = [], h) => report(m, ['base', ...p], h), opts) : undefined
    const growth = readRatePath(v.growth, sc, (m, p = [], h) => report(m, ['growth', ...p], h))
    if (!ok || growth === undefined || ('base' in v && base === undefined)) return undefined
    return base === undefined ? { kind: 'growth', growth } : { kind: 'growth', base, growth }
  }
  const points = readYearMap(v, report, (x, r) => readNum(x, kind, sc, r, opts))
  return points && { kind: 'years', points }
}

/** A zod schema wrapping `readLevelPath`. */
export function levelPath(kind: QuantityKind, sc: SchemaContext, opts: LeafOptions = {}) {
  return z.unknown().transform((v, ctx) => (v === undefined ? undefined : (readLevelPath(v, kind, sc, reporter(ctx, v), opts) ?? z.NEVER)))
}

/** A zod schema wrapping `readRatePath`. */
export function ratePath(sc: SchemaContext) {
  return z.unknown().transform((v, ctx) => (v === undefined ? undefined : (readRatePath(v, sc, reporter(ctx, v)) ?? z.NEVER)))
}
