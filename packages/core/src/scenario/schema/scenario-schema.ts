/**
 * The whole scenario file (shared/INTERFACE.md "Scenario file"), as a zod schema built for one
 * file's units and series.
 */
import * as z from 'zod'
import type { QuantityKind } from '../../units'
import type { Dimension, SeriesInfo } from '../types'
import { labelSchema } from './label-schema'
import { leaf } from './leaf'
import { modelSchema } from './model-schema'
import { planSeriesSchema } from './plan-schema'
import { levelPath, ratePath, readYearMap } from './read-paths'
import { readQuantity } from './leaf'
import { reporter } from './issue'
import type { Report } from './issue'
import type { SchemaContext } from './schema-context'
import { strict } from './strict'
import { targetSchema } from './target-schema'

/** Longest scenario id: it names output files (`<id>.run.csv`), and file systems allow 255 bytes a name. */
export const MAX_ID_CHARS = 100

/** The kind of quantity a series' values are. */
export function quantityKind(dimension: Dimension): QuantityKind {
  return dimension
}

/** An object with one optional key per series in play. */
function bySeries<T extends z.ZodType>(series: Record<string, SeriesInfo>, valueFor: (info: SeriesInfo) => T) {
  const shape: Record<string, z.ZodOptional<T>> = {}
  for (const info of Object.values(series)) shape[info.name] = valueFor(info).optional()
  return strict(shape, 'series')
}

const seriesDeclSchema = strict({
  prices: z.enum(['real', 'nominal']).optional(),
  region_prices: z.enum(['real', 'nominal']).optional(),
  unit: z.enum(['money', 'area', 'count', 'ratio']).optional(),
  label: labelSchema.optional()
})

export const seriesNamePattern = /^[a-z][a-z0-9_]*$/

/**
 * The `history` block: observed values by series (`{gdp: {2004: 1057.5}}`), and/or a data file
 * the CLI reads (`{file: data.csv, region: 吉林省, series: gdp}`: `region` picks a row of a wide
 * file or the region column of a long one, `series` names the values of a wide file). `file`,
 * `region` and `series` are therefore not series names here.
 */
function historySchema<T extends z.ZodType>(series: Record<string, SeriesInfo>, valueFor: (info: SeriesInfo) => T) {
  const shape: Record<string, z.ZodType> = {}
  for (const info of Object.values(series)) shape[info.name] = valueFor(info).optional()
  shape.file = z.string().min(1, { message: 'the file name is empty' }).optional()
  shape.region = z.union([z.string(), z.number()]).optional()
  shape.series = z.string().regex(seriesNamePattern, { message: 'a series name is lowercase letters, digits and "_"' }).optional()
  return strict(shape, 'series')
}

export function scenarioSchema(sc: SchemaContext) {
  const historySeries = (info: SeriesInfo) =>
    z.unknown().transform((v, ctx) => {
      const report = reporter(ctx, v)
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        report('expected a year map of observed values', [], 'write {2004: 1057.5, 2005: 1227.79}')
        return z.NEVER
      }
      // observed levels are ≥ 0 as base-year ones are (a history of -5 was charted and checked)
      const observed = (x: unknown, r: Report) => {
        const n = readQuantity(x, quantityKind(info.dimension), sc, r)
        if (n === undefined || n >= 0) return n
        r(`${n} is below 0`, [], 'use a value ≥ 0')
        return undefined
      }
      return readYearMap(v as Record<string, unknown>, report, observed) ?? z.NEVER
    })
  return strict({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'an id is letters, digits, ".", "_" or "-"' }).max(MAX_ID_CHARS),
    title: labelSchema.optional(),
    source: z.string().optional(),
    money: z.string().optional(),
    exchange_rate: z.number().positive().optional(),
    years: strict({ base: z.number().int(), end: z.number().int() }),
    inflation: ratePath(sc).optional(),
    base: bySeries(sc.series, (info) => leaf(quantityKind(info.dimension), sc, { min: 0 })).optional(),
    history: historySchema(sc.series, historySeries).optional(),
    series: z.record(z.string().regex(seriesNamePattern, { message: 'a series name is lowercase letters, digits and "_"' }), seriesDeclSchema).optional(),
    region: bySeries(sc.series, (info) => levelPath(quantityKind(info.dimension), sc, { min: 0 })).optional(),
    plan: bySeries(sc.series, (info) => planSeriesSchema(quantityKind(info.dimension), sc)).optional(),
    model: modelSchema(sc).optional(),
    checks: strict({ icor_range: z.tuple([z.number().positive(), z.number().positive()]).optional() }).optional(),
    targets: z.array(targetSchema).optional(),
    levers: z.record(z.string(), strict({ path: z.string().min(1), low: z.number(), high: z.number(), label: labelSchema.optional() })).optional(),
    variants: z.array(strict({ id: z.string().min(1), label: labelSchema.optional(), set: z.record(z.string(), z.unknown()) })).optional()
  })
}

export type ScenarioBlock = z.output<ReturnType<typeof scenarioSchema>>
