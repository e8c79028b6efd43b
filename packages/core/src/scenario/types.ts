/**
 * The validated scenario. Numbers are converted to the scenario's units at load time: money in
 * `money` (default 億元), areas in km², money per area in money per km², rates as fractions.
 * `N` is the type of a numeric leaf: `Num` (a number or a distribution) as loaded, `number` once
 * realised (see `realiseScenario`).
 */
import type { Distribution } from './distribution'

export type Num = number | Distribution

/** A label in one or both languages. */
export interface Label {
  en?: string
  zh?: string
}

/** What a series measures; decides which units its values may carry. */
export type Dimension = 'money' | 'area' | 'count' | 'ratio'

/** Price basis (MODEL.md P0): real is constant base-year prices; `none` for areas and counts. */
export type PriceBasis = 'real' | 'nominal' | 'none'

export interface SeriesInfo {
  name: string
  dimension: Dimension
  /** basis of the zone's values of this series */
  prices: PriceBasis
  /** basis of the region's values of this series (defaults to `prices`) */
  regionPrices: PriceBasis
  label: Label
  /** true for series the model path produces (MODEL.md §2); others follow their plan path */
  modelled: boolean
}

/** A rate over years: a constant, or per-year values interpolated linearly and held flat outside. */
export type RatePath<N = number> =
  | { kind: 'constant'; value: N }
  | { kind: 'years'; points: [year: number, value: N][] }

/**
 * A level over years (MODEL.md "Path specs"): a constant; per-year values interpolated
 * geometrically; or a base value growing at a rate (base omitted: the quantity's own base-year value).
 */
export type LevelPath<N = number> =
  | { kind: 'constant'; value: N }
  | { kind: 'years'; points: [year: number, value: N][] }
  | { kind: 'growth'; base?: N; growth: RatePath<N> }

/** A level the plan states for one year, with the growth rate stated beside it (A2, A3). */
export interface PlanLevel<N = number> {
  year: number
  value: N
  growth?: N
}

/** Named components of a plan series in one year (A4), e.g. itemised infrastructure. */
export interface PlanParts<N = number> {
  year: number
  parts: Record<string, N>
  /** a total stated beside the parts; defaults to the series' plan level that year */
  total?: N
}

/** What the plan says of one series (MODEL.md §1). */
export interface PlanSeries<N = number> {
  /** average growth over t0→T (A1), or per-year growth (A2) */
  growth?: RatePath<N>
  levels: PlanLevel<N>[]
  parts: PlanParts<N>[]
}

interface TargetBase {
  id: string
  label?: Label
  min?: number
  max?: number
}

export type Target =
  | (TargetBase & { kind: 'cagr'; series: string; from: number; to: number })
  | (TargetBase & { kind: 'growth'; series: string; year: number })
  | (TargetBase & { kind: 'level'; series: string; year: number })
  | (TargetBase & { kind: 'share'; series: string; of: string; year: number })
  | (TargetBase & { kind: 'cumulative'; series: string; from: number; to: number })
  | (TargetBase & { kind: 'ratio'; series: string; per: string; year: number })
  | (TargetBase & { kind: 'expr'; expr: string })

export type TargetKind = Target['kind']

/** A policy lever (MODEL.md §7): a numeric leaf by its dotted path, with its range. */
export interface Lever {
  path: string
  low: number
  high: number
  label?: Label
}

export interface Variant {
  id: string
  label?: Label | string
  /** dotted path → value (null removes the key) */
  set: Record<string, unknown>
}

/** Holiday of MODEL.md M6: f years free, m years at `halfRate`, for share η of new output. */
export interface TaxHoliday<N = number> {
  freeYears: N
  /** default 0 (reported as default-assumed) */
  halfYears?: N
  /** default 0.5 */
  halfRate?: N
  /** default 1: all new output eligible */
  eligibleShare?: N
}

/** MODEL.md §2 parameters as written in the file; absent keys fall back to defaults in the model. */
export interface ModelInput<N = number> {
  capitalOutputRatio?: N
  gestationYears?: N
  incumbentGrowth?: N
  expansion?: LevelPath<N>
  infrastructure?: LevelPath<N>
  attraction?: LevelPath<N>
  land?: { planned: N; serviced: N; used: N }
  servicingCost?: N
  investmentIntensity?: N
  tax?: { buoyancy?: N; holiday?: TaxHoliday<N> | null }
  finance?: {
    budgetShare?: N
    landPrice?: N
    grants?: LevelPath<N>
    interestRate?: N
    interestSubsidy?: N
    debt?: N
    debtLimit?: N
  }
  industryShareDrift?: N
  growthShockSd?: N
}

/** `history: {file: data.csv, region: 吉林省, series: gdp}`: observed values in a CSV file. */
export interface HistoryFileRef {
  /** the file, relative to the scenario file's folder */
  file: string
  /** the region (row of a wide file, value of a long file's region column), by name or code */
  region?: string
  /** the series a wide file's values are (default gdp); in a long file, the one series to take */
  series?: string
}

export interface Scenario<N = number> {
  id: string
  title: Label
  source?: string
  /** unit of bare money numbers, e.g. `yiyuan` */
  money: string
  /** CNY per USD, when USD inputs appear */
  exchangeRate?: number
  years: { base: number; end: number }
  /** inflation rate path (P0); null when the file states none (then 0 is assumed) */
  inflation: RatePath<N> | null
  /** observed base-year levels by series */
  base: Record<string, N>
  /** observed values by series and year */
  history: Record<string, Record<number, number>>
  /** a data file of observed values (`history: {file}`), which the CLI reads; not yet in `history` */
  historyFile?: HistoryFileRef
  /** every series the scenario may name: the built-in catalog plus the file's `series` block */
  series: Record<string, SeriesInfo>
  region: Record<string, LevelPath<N>>
  plan: Record<string, PlanSeries<N>>
  model: ModelInput<N>
  checks: { icorRange: [number, number] }
  targets: Target[]
  levers: Record<string, Lever>
  variants: Variant[]
}
