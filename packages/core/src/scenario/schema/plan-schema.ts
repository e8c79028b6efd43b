/**
 * The `plan` entry of one series (MODEL.md A1–A4): average or per-year growth, stated levels
 * (each optionally with its stated growth) and itemised parts.
 */
import * as z from 'zod'
import type { QuantityKind } from '../../units'
import type { Num, PlanLevel, PlanParts } from '../types'
import { reporter } from './issue'
import type { Report } from './issue'
import { describeValue, readNum } from './leaf'
import { ratePath, readYearMap } from './read-paths'
import type { SchemaContext } from './schema-context'
import { strict } from './strict'
import { suggest } from '../../util/did-you-mean'

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
/** Levels are interpolated geometrically, so they must be positive. */
const LEVEL_OPTIONS = { min: 0, exclusive: true }

function readLevel(v: unknown, kind: QuantityKind, sc: SchemaContext, report: Report): Omit<PlanLevel<Num>, 'year'> | undefined {
  if (isMap(v) && !('dist' in v)) {
    const allowed = ['value', 'growth']
    let ok = true
    for (const key of Object.keys(v)) {
      if (!allowed.includes(key)) {
        report(`unknown key "${key}" in a stated level`, [key], `${suggest(key, allowed)} (a stated level is a number or {value, growth})`)
        ok = false
      }
    }
    if (!('value' in v)) return void report('a stated level needs "value"', [], 'write {value: 1680, growth: 0.37}')
    const value = readNum(v.value, kind, sc, (m, p = [], h) => report(m, ['value', ...p], h), LEVEL_OPTIONS)
    const growth = 'growth' in v ? readNum(v.growth, 'ratio', sc, (m, p = [], h) => report(m, ['growth', ...p], h), { min: -1, exclusive: true }) : undefined
    if (!ok || value === undefined || ('growth' in v && growth === undefined)) return undefined
    return growth === undefined ? { value } : { value, growth }
  }
  const value = readNum(v, kind, sc, report, LEVEL_OPTIONS)
  return value === undefined ? undefined : { value }
}

function readParts(v: unknown, kind: QuantityKind, sc: SchemaContext, report: Report): Omit<PlanParts<Num>, 'year'> | undefined {
  if (!isMap(v)) return void report(`expected a map of named parts, got ${describeValue(v)}`, [], 'write {roads: 1.2, power: 0.8}')
  const parts: Record<string, Num> = {}
  let total: Num | undefined
  let ok = true
  for (const [name, x] of Object.entries(v)) {
    const value = readNum(x, kind, sc, (m, p = [], h) => report(m, [name, ...p], h), { min: 0 })
    if (value === undefined) ok = false
    else if (name === 'total') total = value
    else parts[name] = value
  }
  if (!ok) return undefined
  if (Object.keys(parts).length === 0) return void report('no parts listed', [], 'list the components, e.g. {roads: 1.2, power: 0.8}')
  return total === undefined ? { parts } : { parts, total }
}

/**
 * A zod schema for `plan.<series>`.
 */
export function planSeriesSchema(kind: QuantityKind, sc: SchemaContext) {
  return strict({
    growth: ratePath(sc).optional(),
    levels: z
      .unknown()
      .optional()
      .transform((v, ctx): PlanLevel<Num>[] => {
        if (v === undefined) return []
        const report = reporter(ctx, v)
        if (!isMap(v)) {
          report(`expected a year map of levels, got ${describeValue(v)}`, [], 'write {2006: 1680}')
          return z.NEVER
        }
        const points = readYearMap(v, report, (x, r) => readLevel(x, kind, sc, r))
        return points ? points.map(([year, l]) => ({ year, ...l })) : z.NEVER
      }),
    parts: z
      .unknown()
      .optional()
      .transform((v, ctx): PlanParts<Num>[] => {
        if (v === undefined) return []
        const report = reporter(ctx, v)
        if (!isMap(v)) {
          report(`expected a year map of parts, got ${describeValue(v)}`, [], 'write {2010: {roads: 1.2, power: 0.8}}')
          return z.NEVER
        }
        const points = readYearMap(v, report, (x, r) => readParts(x, kind, sc, r))
        return points ? points.map(([year, p]) => ({ year, ...p })) : z.NEVER
      })
  })
}
