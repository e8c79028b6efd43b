/**
 * The `model` block: the parameters of MODEL.md §2 as written in the file (snake_case).
 * Absent keys fall back to the model's defaults later; here only shapes and ranges are checked.
 */
import * as z from 'zod'
import { leaf } from './leaf'
import { levelPath } from './read-paths'
import type { SchemaContext } from './schema-context'
import { strict } from './strict'

/**
 * Largest growth shock sd σ (MODEL.md (U2)): at σ = 1 a year's output already spans e^±2 at 95%;
 * above it the mean correction exp(-σ²/2) sends every drawn path to 0 (σ = 1e15 was accepted and
 * simulate reported every quantile after the base year as 0).
 */
export const MAX_GROWTH_SHOCK_SD = 1

export function modelSchema(sc: SchemaContext) {
  const rate = (opts = {}) => leaf('ratio', sc, { optional: true, ...opts })
  const share = () => rate({ min: 0, max: 1 })
  const area = () => leaf('area', sc, { min: 0 })
  const holiday = strict({
    free_years: leaf('count', sc, { min: 0, integer: true }),
    half_years: leaf('count', sc, { min: 0, integer: true, optional: true }),
    half_rate: share(),
    eligible_share: share()
  })
  return strict({
    capital_output_ratio: rate({ min: 0, exclusive: true }),
    gestation_years: leaf('count', sc, { optional: true, min: 0, max: 10, integer: true }),
    incumbent_growth: rate({ min: -1, exclusive: true }),
    expansion: levelPath('money', sc).optional(),
    infrastructure: levelPath('money', sc, { min: 0 }).optional(),
    attraction: levelPath('money', sc, { min: 0 }).optional(),
    land: strict({ planned: area(), serviced: area(), used: area() }).optional(),
    servicing_cost: leaf('moneyPerArea', sc, { optional: true, min: 0, exclusive: true }),
    investment_intensity: leaf('moneyPerArea', sc, { optional: true, min: 0, exclusive: true }),
    tax: strict({ buoyancy: rate({ min: 0 }), holiday: holiday.nullable().optional() }).optional(),
    finance: strict({
      budget_share: share(),
      land_price: leaf('moneyPerArea', sc, { optional: true, min: 0 }),
      grants: levelPath('money', sc, { min: 0 }).optional(),
      interest_rate: rate({ min: 0 }),
      interest_subsidy: share(),
      debt: leaf('money', sc, { optional: true, min: 0 }),
      debt_limit: rate({ min: 0, exclusive: true })
    }).optional(),
    industry_share_drift: rate({ min: -1, exclusive: true }),
    growth_shock_sd: rate({ min: 0, max: MAX_GROWTH_SHOCK_SD })
  })
}

export type ModelBlock = z.output<ReturnType<typeof modelSchema>>
