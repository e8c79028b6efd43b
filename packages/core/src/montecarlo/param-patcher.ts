/**
 * Writes a drawn value straight into resolved model parameters, for distribution leaves that are
 * single model parameters (MODEL.md §2): a draw then skips re-resolving the whole model block.
 */
import type { ModelParams } from '../model/model-params'

/**
 * Writes `values[k]` into `m`. The value is read here from the typed array, not passed: a double
 * passed to a call the engine does not inline is boxed on the heap, once per leaf and draw.
 */
export type ParamPatcher = (m: ModelParams, values: Float64Array, k: number) => void

const patchers: Record<string, ParamPatcher> = {
  'model.capitalOutputRatio': (m, v, k) => { m.icor = v[k]! },
  'model.gestationYears': (m, v, k) => { m.gestation = v[k]! },
  'model.incumbentGrowth': (m, v, k) => { m.incumbentGrowth = v[k]! },
  'model.land.planned': (m, v, k) => { if (m.land) m.land.plannedKm2 = v[k]! },
  'model.land.serviced': (m, v, k) => { if (m.land) m.land.servicedKm2 = v[k]! },
  'model.land.used': (m, v, k) => { if (m.land) m.land.usedKm2 = v[k]! },
  'model.servicingCost': (m, v, k) => { m.servicingCostPerKm2 = v[k]! },
  'model.investmentIntensity': (m, v, k) => { m.intensityPerKm2 = v[k]! },
  'model.tax.buoyancy': (m, v, k) => { m.buoyancy = v[k]! },
  'model.tax.holiday.freeYears': (m, v, k) => { if (m.holiday) m.holiday.freeYears = v[k]! },
  'model.tax.holiday.halfYears': (m, v, k) => { if (m.holiday) m.holiday.halfYears = v[k]! },
  'model.tax.holiday.halfRate': (m, v, k) => { if (m.holiday) m.holiday.halfRate = v[k]! },
  'model.tax.holiday.eligibleShare': (m, v, k) => { if (m.holiday) m.holiday.eligibleShare = v[k]! },
  'model.finance.budgetShare': (m, v, k) => { m.budgetShare = v[k]! },
  'model.finance.landPrice': (m, v, k) => { m.landPricePerKm2 = v[k]! },
  'model.finance.interestRate': (m, v, k) => { m.interestRate = v[k]! },
  'model.finance.interestSubsidy': (m, v, k) => { m.interestSubsidy = v[k]! },
  'model.finance.debt': (m, v, k) => { m.base.debt = v[k]! },
  'model.finance.debtLimit': (m, v, k) => { m.debtLimit = v[k]! },
  'model.industryShareDrift': (m, v, k) => { m.industryShareDrift = v[k]! },
  'model.growthShockSd': (m, v, k) => { m.growthShockSd = v[k]! }
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
