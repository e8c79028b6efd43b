/**
 * The model's inputs for one realised scenario: every parameter of MODEL.md §2 with its
 * default applied, every path evaluated over t0…T, and the list of what was defaulted.
 */
import { evalLevelPath } from '../paths/eval-level-path'
import type { ScenarioPaths } from '../plan/scenario-paths'
import type { LevelPath, Scenario } from '../scenario/types'
import * as d from './model-defaults'

export interface Defaulted {
  /** dotted path of the parameter in the scenario file */
  parameter: string
  value: number | string
  /** why this default, and what it means for the results */
  reason: string
}

export interface ModelParams {
  years: number[]
  /** p(t), P0 */
  p: number[]
  /** v: real investment per unit of added annual real output */
  icor: number
  /** ℓ, whole years */
  gestation: number
  /** e */
  incumbentGrowth: number
  /** X(t), real, money per year */
  expansionReal: number[]
  /** S(t), nominal */
  infrastructure: number[]
  /** D(t), nominal */
  attraction: number[]
  /** A_max, A(t0), U(t0) in km²; null without a land block (no land limit) */
  land: { plannedKm2: number; servicedKm2: number; usedKm2: number } | null
  /** c: base-year money per km² serviced */
  servicingCostPerKm2: number
  /** κ: base-year money invested per km² used */
  intensityPerKm2: number
  buoyancy: number
  holiday: { freeYears: number; halfYears: number; halfRate: number; eligibleShare: number } | null
  budgetShare: number
  /** q: base-year money per km² of land sold */
  landPricePerKm2: number
  /** G(t), nominal */
  grants: number[]
  interestRate: number
  interestSubsidy: number
  debtLimit: number
  industryShareDrift: number
  growthShockSd: number
  /** observed base-year values (null where the scenario gives none) */
  base: { gdp: number | null; industrialVa: number | null; fiscalRevenue: number | null; investment: number | null; projectInvestment: number; infrastructure: number; debt: number }
  /** real project investment in a year before t0 (M2: from history, else P(t0)) */
  projectInvestmentBefore(year: number): number
  /** fixed-asset investment in a year before t0 (R4: from history, else the base year's) */
  investmentBefore(year: number): number | null
  defaulted: Defaulted[]
}

/**
 * Resolves a realised scenario's model block against its defaults and plan.
 */
export function modelParams(s: Scenario, paths: ScenarioPaths): ModelParams {
  const m = s.model
  const years = paths.years
  const defaulted: Defaulted[] = []
  const pick = <T extends number>(value: T | undefined, fallback: T, parameter: string, reason: string): T => {
    if (value !== undefined) return value
    defaulted.push({ parameter, value: fallback, reason })
    return fallback
  }
  const flat = (x: number) => years.map(() => x)
  const path = (p: LevelPath | undefined, baseValue?: number) => (p ? evalLevelPath(p, years, baseValue).map((x) => x ?? 0) : undefined)

  const baseInfra = s.base.infrastructure
  const baseInvestment = s.base.investment
  const infrastructure = resolveInfrastructure(s, paths, path(m.infrastructure, baseInfra), defaulted)
  // the base year is observed: its infrastructure is base.infrastructure when given, not the path's
  const baseInfraUsed = baseInfra ?? infrastructure[0]!
  infrastructure[0] = baseInfraUsed
  // base project investment: as observed, else base investment less the base year's infrastructure
  const baseProject = s.base.project_investment ?? (baseInvestment !== undefined ? Math.max(0, baseInvestment - baseInfraUsed) : undefined)
  const attraction = resolveAttraction(s, paths, infrastructure, path(m.attraction, baseProject), baseProject, defaulted)
  const projectInvestment = baseProject ?? 0

  const icor = pick(m.capitalOutputRatio, d.DEFAULT_CAPITAL_OUTPUT_RATIO, 'model.capital_output_ratio', 'China’s gross ICOR is put at roughly 3–5 in the 2000s; 4 is the middle')
  const gestation = pick(m.gestationYears, d.DEFAULT_GESTATION_YEARS, 'model.gestation_years', 'investment produces from the year after it is made')
  const incumbentGrowth = pick(m.incumbentGrowth, d.DEFAULT_INCUMBENT_GROWTH, 'model.incumbent_growth', 'existing firms do not grow without new investment: all growth comes from investment and expansion')
  const expansionReal = path(m.expansion) ?? (defaulted.push({ parameter: 'model.expansion', value: 0, reason: 'no output is added by enlarging the zone or relocating firms into it' }), flat(0))
  const land = m.land ? { plannedKm2: m.land.planned, servicedKm2: m.land.serviced, usedKm2: m.land.used } : null
  if (!land) defaulted.push({ parameter: 'model.land', value: 'none', reason: 'without a land block, land never limits investment' })
  const tax = m.tax ?? {}
  const f = m.finance ?? {}
  const h = tax.holiday
  const holiday = h
    ? {
        freeYears: h.freeYears,
        halfYears: pick(h.halfYears, 0, 'model.tax.holiday.half_years', 'no years at a reduced rate after the free years'),
        halfRate: pick(h.halfRate, d.DEFAULT_HALF_RATE, 'model.tax.holiday.half_rate', 'the reduced years pay half'),
        eligibleShare: pick(h.eligibleShare, 1, 'model.tax.holiday.eligible_share', 'all new output qualifies for the holiday')
      }
    : null
  if (tax.holiday === undefined) defaulted.push({ parameter: 'model.tax.holiday', value: 'none', reason: 'no tax holiday: new firms pay tax from their first year of output' })
  return {
    years,
    p: paths.priceIndex,
    icor,
    gestation,
    incumbentGrowth,
    expansionReal,
    infrastructure,
    attraction,
    land,
    servicingCostPerKm2: m.servicingCost ?? 0,
    intensityPerKm2: m.investmentIntensity ?? 0,
    buoyancy: pick(tax.buoyancy, d.DEFAULT_TAX_BUOYANCY, 'model.tax.buoyancy', 'revenue grows in proportion to taxable output'),
    holiday,
    budgetShare: pick(f.budgetShare, d.DEFAULT_BUDGET_SHARE, 'model.finance.budget_share', 'no revenue goes to infrastructure or debt service: all of it is borrowed'),
    landPricePerKm2: pick(f.landPrice, 0, 'model.finance.land_price', 'land sales raise nothing towards infrastructure'),
    grants: path(f.grants) ?? (defaulted.push({ parameter: 'model.finance.grants', value: 0, reason: 'no grants from higher levels of government' }), flat(0)),
    interestRate: pick(f.interestRate, d.DEFAULT_INTEREST_RATE, 'model.finance.interest_rate', 'about the benchmark lending rate of the 2000s'),
    interestSubsidy: pick(f.interestSubsidy, 0, 'model.finance.interest_subsidy', 'no interest subsidy'),
    debtLimit: pick(f.debtLimit, d.DEFAULT_DEBT_LIMIT, 'model.finance.debt_limit', 'debt above one year of revenue is flagged'),
    industryShareDrift: pick(m.industryShareDrift, 0, 'model.industry_share_drift', 'industry keeps its base-year share of GDP'),
    growthShockSd: pick(m.growthShockSd, 0, 'model.growth_shock_sd', 'no year-to-year shock to output (it matters only in Monte Carlo runs)'),
    base: {
      gdp: s.base.gdp ?? null,
      industrialVa: s.base.industrial_va ?? null,
      fiscalRevenue: s.base.fiscal_revenue ?? null,
      investment: s.base.investment ?? null,
      projectInvestment,
      infrastructure: baseInfra ?? infrastructure[0] ?? 0,
      debt: pick(f.debt, 0, 'model.finance.debt', 'the zone starts without debt')
    },
    projectInvestmentBefore: (year) => s.history.project_investment?.[year] ?? projectInvestment,
    investmentBefore: (year) => s.history.investment?.[year] ?? s.base.investment ?? null,
    defaulted
  }
}

/** S(t): the model's own path, else the plan's (held flat after its last stated year), else the base held flat. */
function resolveInfrastructure(s: Scenario, paths: ScenarioPaths, own: number[] | undefined, defaulted: Defaulted[]): number[] {
  if (own) return own
  const plan = s.plan.infrastructure ? paths.plan.infrastructure : undefined
  const base = s.base.infrastructure ?? 0
  if (plan && plan.some((x) => x !== null)) {
    defaulted.push({ parameter: 'model.infrastructure', value: 'plan path', reason: 'infrastructure spending follows the plan’s infrastructure path, held flat after its last stated year' })
    // before the plan's first stated year, spending stays at the base level
    return plan.map((x) => x ?? base)
  }
  defaulted.push({ parameter: 'model.infrastructure', value: base, reason: 'infrastructure spending stays at its base-year level' })
  return paths.years.map(() => base)
}

/** D(t): the model's own path, else plan investment − S, else base project investment held flat. */
function resolveAttraction(s: Scenario, paths: ScenarioPaths, infrastructure: number[], own: number[] | undefined, baseProject: number | undefined, defaulted: Defaulted[]): number[] {
  if (own) return own
  const plan = s.plan.investment ? paths.plan.investment : undefined
  const base = baseProject ?? 0
  if (plan && plan.some((x) => x !== null)) {
    defaulted.push({ parameter: 'model.attraction', value: 'plan investment − infrastructure', reason: 'project investment demand is the plan’s fixed-asset investment less infrastructure spending (the base level before its first stated year)' })
    return plan.map((x, i) => (x === null ? base : Math.max(0, x - infrastructure[i]!)))
  }
  defaulted.push({ parameter: 'model.attraction', value: base, reason: s.base.project_investment !== undefined || s.base.investment !== undefined ? 'project investment demand stays at its base-year level' : 'no base investment is given: no project investment is attracted' })
  return paths.years.map(() => base)
}
