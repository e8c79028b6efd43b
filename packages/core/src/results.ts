/**
 * The results core hands to the CLI. Their JSON keys are the public interface of
 * shared/INTERFACE.md ("JSON results"): add keys freely, rename none.
 */
import type { Requirements } from './requirements/requirements'
import type { Label, PriceBasis, TargetKind } from './scenario/types'

/** Values per year, aligned with `years`; null where undefined. */
export type SeriesValues = (number | null)[]

export interface SeriesMeta {
  /** display unit, e.g. `yiyuan`, `km2`, `ratio` */
  unit: string
  prices: PriceBasis
  label: Label
}

export interface RunResult {
  scenario: { id: string; title: Label; years: { base: number; end: number }; money: string }
  years: number[]
  plan: Record<string, SeriesValues>
  /** the model path (MODEL.md §2); empty until the zone model exists */
  model: Record<string, SeriesValues>
  region: Record<string, SeriesValues>
  indicators: Record<string, SeriesValues>
  /** price index p(t) of P0 */
  price_index: number[]
  /** unit and price basis of every series that appears above */
  meta: Record<string, SeriesMeta>
  /** things the reader must know to read the numbers right */
  notes: string[]
}

export type Severity = 'error' | 'warning' | 'info'

/** A check's finding (MODEL.md §4): a stable code, a severity, a message, and the numbers behind it. */
export interface Finding {
  code: string
  severity: Severity
  message: string
  [number: string]: unknown
}

export interface TargetEvaluation {
  value: number | null
  met: boolean
}

export interface TargetResult {
  id: string
  kind: TargetKind
  label?: Label
  min?: number
  max?: number
  plan: TargetEvaluation
  model: TargetEvaluation | null
  probability: { value: number; se: number; draws: number } | null
  status: 'met' | 'missed'
}

export interface CheckResult {
  scenario: { id: string; title: Label; years: { base: number; end: number } }
  ok: boolean
  /** which path decides `status`: the model path (MODEL.md §5) */
  status_from: 'model'
  targets: TargetResult[]
  findings: Finding[]
  /** MODEL.md §3; empty when the plan gives no GDP path */
  requirements: Requirements | Record<string, never>
  notes: string[]
}
