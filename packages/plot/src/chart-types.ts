/**
 * The plain data each chart kind draws. Nothing here knows scenario files: the CLI turns a
 * scenario into one of these (packages/cli/src/chart), and anything else may build them too.
 * Values are aligned with `years`; `null` where a path is undefined.
 */

/** The language of every word a chart writes. */
export type Lang = 'en' | 'zh'

/**
 * What a value axis measures, for its label ("億元, 2005 prices") and number format.
 * `money` is a unit name of shared/INTERFACE.md ("Units", e.g. `yiyuan`); `real-each-base`
 * is for scenarios compared across different base years.
 */
export type ChartUnit =
  | { kind: 'money'; money: string; prices: 'real'; baseYear: number }
  | { kind: 'money'; money: string; prices: 'nominal' | 'real-each-base' }
  | { kind: 'area' }
  | { kind: 'count' }
  | { kind: 'percent' }
  | { kind: 'ratio' }

/** Values per year, aligned with a `years` array; null where undefined. */
export type YearValues = readonly (number | null)[]

/** An observed value. */
export interface YearPoint {
  year: number
  value: number
}

/** A target drawn on a level chart: the level it asks for in a year, with its label. */
export interface TargetMark {
  /** the target's label in the chart's language, e.g. "Zone GDP growth >= 21% a year" */
  label: string
  year: number
  /** the level the target implies in `year`, in the chart's unit */
  value: number
}

/** `projection`: history solid, plan dashed, the model path, targets marked and labelled. */
export interface ProjectionData {
  /** the series' label, e.g. "GDP" */
  series: string
  unit: ChartUnit
  years: readonly number[]
  /** observed values before and at the base year */
  history: readonly YearPoint[]
  /** the plan path, or null when the plan gives none */
  plan: YearValues | null
  /** the model path, or null when the model does not produce the series */
  model: YearValues | null
  targets: readonly TargetMark[]
}

/** Monte Carlo quantiles of one series per year (MODEL.md U3), in percent levels. */
export interface FanBands {
  p10: YearValues
  p25: YearValues
  p50: YearValues
  p75: YearValues
  p90: YearValues
}

/** `fan`: the 10–90% and 25–75% bands of the model path, its median, history and targets. */
export interface FanData {
  series: string
  unit: ChartUnit
  years: readonly number[]
  bands: FanBands
  history: readonly YearPoint[]
  targets: readonly TargetMark[]
  /** the run's draws and seed, for the source note */
  draws: number
  seed: number
}

/** One line of a `compare` chart: a scenario's (or a variant's) model path. */
export interface CompareLine {
  /** written at the line's end */
  label: string
  years: readonly number[]
  values: YearValues
}

/** `compare`: several model paths of one series, labelled at their ends. */
export interface CompareData {
  series: string
  unit: ChartUnit
  lines: readonly CompareLine[]
}

/** One lever of a tornado: shared/INTERFACE.md's `tornado` JSON, plus a label. */
export interface TornadoLever {
  lever: string
  /** the lever's name to show; defaults to `lever` */
  label?: string
  low: number
  high: number
  /** the target's value with the lever at `low` */
  value_low: number
  value_high: number
  swing: number
}

/** `tornado`: shared/INTERFACE.md's tornado result with the labels and units to show it. */
export interface TornadoData {
  /** the target's id */
  target: string
  /** the target's label in the chart's language */
  targetLabel: string
  /** the target's value with every lever at its scenario value */
  base: number
  /** unit of `base` and the `value_*` numbers */
  valueUnit: ChartUnit
  /** the target's bounds, drawn as a rule */
  min?: number
  max?: number
  levers: readonly TornadoLever[]
}

/** `land`: planned, serviced and used area over time (MODEL.md M1, M3), km². */
export interface LandData {
  years: readonly number[]
  planned: YearValues
  serviced: YearValues
  used: YearValues
}

/** `finance`: debt (M10) and the debt ratio against its limit (M11). */
export interface FinanceData {
  years: readonly number[]
  debt: YearValues
  debtUnit: ChartUnit
  /** debt / fiscal revenue; all null when the scenario has no revenue */
  ratio: YearValues
  /** `finance.debt_limit`, as a ratio */
  limit: number
}

/** One target of a `targets` chart, as `zonecast check` evaluates it. */
export interface TargetOutcome {
  id: string
  /** the label in the chart's language (the id when the file gives none) */
  label: string
  min?: number
  max?: number
  /** the value on the plan path and on the model path; null when undefined */
  plan: number | null
  model: number | null
  met: boolean
  /** unit of the values and bounds (percent for rates and shares) */
  valueUnit: ChartUnit
}

/** `targets`: each target's margin on the model path, met or missed. */
export interface TargetsData {
  targets: readonly TargetOutcome[]
}

/** What every chart needs besides its data. */
export interface ChartCommon {
  lang: Lang
  /** the whole SVG's width in pixels; default `DEFAULT_WIDTH` */
  width?: number
  /** the line under the title: usually the scenario's title and years */
  subtitle: string
  /** the scenario ids the data come from, for the source note */
  scenarios: readonly string[]
}

/** A chart to draw: its kind, its data and the common parts. */
export type ChartSpec = ChartCommon &
  (
    | { kind: 'projection'; data: ProjectionData }
    | { kind: 'fan'; data: FanData }
    | { kind: 'compare'; data: CompareData }
    | { kind: 'tornado'; data: TornadoData }
    | { kind: 'land'; data: LandData }
    | { kind: 'finance'; data: FinanceData }
    | { kind: 'targets'; data: TargetsData }
  )

/** The chart kinds of shared/INTERFACE.md, in the order `--help` lists them. */
export const CHART_KINDS = ['projection', 'fan', 'compare', 'tornado', 'land', 'finance', 'targets'] as const

/** A chart kind. */
export type ChartKind = (typeof CHART_KINDS)[number]
