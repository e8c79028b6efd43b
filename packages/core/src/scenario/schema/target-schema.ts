/**
 * Targets (MODEL.md §5). Bounds are read after the kind is known: rates for cagr, growth and
 * share; the series' own unit for level and cumulative; plain numbers for ratio and expr.
 */
import * as z from 'zod'
import { labelSchema } from './label-schema'
import { strict } from './strict'

/** A target id: what scripts and `--target` name it by. */
const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'a target id is letters, digits, ".", "_" or "-", starting with a letter or digit' })
const year = z.number().int()
const seriesRef = z.string().min(1)
const bound = z.union([z.number(), z.string()]).optional()

const common = { id: idSchema, label: labelSchema.optional(), min: bound, max: bound }

export const targetKinds = ['cagr', 'growth', 'level', 'share', 'cumulative', 'ratio', 'expr'] as const

export const targetSchema = z.discriminatedUnion('kind', [
  strict({ ...common, kind: z.literal('cagr'), series: seriesRef, from: year, to: year }),
  strict({ ...common, kind: z.literal('growth'), series: seriesRef, year }),
  strict({ ...common, kind: z.literal('level'), series: seriesRef, year }),
  strict({ ...common, kind: z.literal('share'), series: seriesRef, of: seriesRef, year }),
  strict({ ...common, kind: z.literal('cumulative'), series: seriesRef, from: year, to: year }),
  strict({ ...common, kind: z.literal('ratio'), series: seriesRef, per: seriesRef, year }),
  strict({ ...common, kind: z.literal('expr'), expr: z.string().min(1) })
])

export type TargetBlock = z.output<typeof targetSchema>
