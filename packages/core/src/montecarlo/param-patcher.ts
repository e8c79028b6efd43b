/**
 * Writes a drawn value straight into resolved model parameters, for distribution leaves that are
 * single model parameters (MODEL.md §2): a draw then skips re-resolving the whole model block.
 */
import type { ModelParams } from '../model/model-params'

export type ParamPatcher = (m: ModelParams, value: number) => void

const patchers: Record<string, ParamPatcher> = {
  'model.capitalOutputRatio': (m, v) => (m.icor = v),
  'model.gestationYears': (m, v) => (m.gestation = v),
  'model.incumbentGrowth': (m, v) => (m.incumbentGrowth = v),
  'model.land.planned': (m, v) => m.land && (m.land.plannedKm2 = v),
  'model.land.serviced': (m, v) => m.land && (m.land.servicedKm2 = v),
  'model.land.used': (m, v) => m.land && (m.land.usedKm2 = v),
  'model.servicingCost': (m, v) => (m.servicingCostPerKm2 = v),
  'model.investmentIntensity': (m, v) => (m.intensityPerKm2 = v),
  'model.tax.buoyancy': (m, v) => (m.buoyancy = v),
  'model.tax.holiday.freeYears': (m, v) => m.holiday && (m.holiday.freeYears = v),
  'model.tax.holiday.halfYears': (m, v) => m.holiday && (m.holiday.halfYears = v),
  'model.tax.holiday.halfRate': (m, v) => m.holiday && (m.holiday.halfRate = v),
  'model.tax.holiday.eligibleShare': (m, v) => m.holiday && (m.holiday.eligibleShare = v),
  'model.finance.budgetShare': (m, v) => (m.budgetShare = v),
  'model.finance.landPrice': (m, v) => (m.landPricePerKm2 = v),
  'model.finance.interestRate': (m, v) => (m.interestRate = v),
  'model.finance.interestSubsidy': (m, v) => (m.interestSubsidy = v),
  'model.finance.debt': (m, v) => (m.base.debt = v),
  'model.finance.debtLimit': (m, v) => (m.debtLimit = v),
  'model.industryShareDrift': (m, v) => (m.industryShareDrift = v),
  'model.growthShockSd': (m, v) => (m.growthShockSd = v)
}

/**
 * The patcher for a distribution leaf's path in the realised scenario, or null when the leaf
 * feeds something other than one parameter (a path spec, the plan, the region).
 *
 * @example paramPatcher("model.capitalOutputRatio") !== null // => true
 * @example paramPatcher("model.infrastructure.growth.value") // => null
 */
export function paramPatcher(path: string): ParamPatcher | null {
  return patchers[path] ?? null
}
