/**
 * Scenarios or a scenario's variants side by side (INTERFACE.md `compare`): every target's value
 * and status, the end-year levels of the main series, the requirements, and the findings that
 * differ between them.
 */
import { checkScenario } from '../check-scenario'
import type { Finding } from '../results'
import type { Label } from '../scenario/types'
import type { Scenario } from '../scenario/types'
import { runScenario } from '../run-scenario'

/** Series whose end-year level the comparison shows, when a scenario has them. */
export const COMPARED_SERIES = ['gdp', 'industrial_va', 'fiscal_revenue', 'investment', 'infrastructure', 'land_used', 'debt', 'debt_ratio', 'share_gdp'] as const

/** Requirements the comparison shows (MODEL.md §3), by their keys in `check`'s JSON. */
export const COMPARED_REQUIREMENTS = ['project_investment_real_total', 'land_needed_km2', 'servicing_needed_real', 'implied_icor'] as const

export interface ComparedEntry {
  /** the scenario's id, or the variant's */
  id: string
  label: Label | string
  /** the file it came from */
  file: string
  /** the variant's id within its file; null for a scenario as written */
  variant: string | null
  scenario: Scenario
}

export interface ComparisonResult {
  scenarios: { id: string; label: Label | string; file: string; variant: string | null; end_year: number; money: string; ok: boolean }[]
  /** every target of any scenario, with its value and status in each (null where a scenario lacks it) */
  targets: { id: string; kind: string; label?: Label | string; min?: number; max?: number; values: ({ value: number | null; status: 'met' | 'missed' } | null)[] }[]
  /** the end-year level of each main series, model path, per scenario (null where undefined) */
  series: Record<string, (number | null)[]>
  requirements: Record<string, (number | null)[]>
  /**
   * findings that are not the same in every scenario: which scenarios have each, then the
   * finding's own numbers as `check` gives them (so that it can be said again in another language)
   */
  findings: (Finding & { in: boolean[] })[]
}

/**
 * Compares realised scenarios (or variants of one).
 *
 * @example compareScenarios([a, b]).targets[0].values.map((v) => v?.status) // => ["met", "missed"]
 */
export function compareScenarios(entries: readonly ComparedEntry[]): ComparisonResult {
  const checks = entries.map((e) => checkScenario(e.scenario))
  const runs = entries.map((e) => runScenario(e.scenario))
  const targetIds: string[] = []
  for (const c of checks) for (const t of c.targets) if (!targetIds.includes(t.id)) targetIds.push(t.id)
  const targets = targetIds.map((id) => {
    const first = checks.flatMap((c) => c.targets).find((t) => t.id === id)!
    return {
      id,
      kind: first.kind,
      ...(first.label ? { label: first.label } : {}),
      ...(first.min === undefined ? {} : { min: first.min }),
      ...(first.max === undefined ? {} : { max: first.max }),
      values: checks.map((c) => {
        const t = c.targets.find((x) => x.id === id)
        return t ? { value: t.model?.value ?? null, status: t.status } : null
      })
    }
  })
  const series: Record<string, (number | null)[]> = {}
  for (const name of COMPARED_SERIES) {
    const values = runs.map((r) => (r.model[name] ?? r.indicators[name])?.at(-1) ?? null)
    if (values.some((v) => v !== null)) series[name] = values
  }
  const requirements: Record<string, (number | null)[]> = {}
  for (const key of COMPARED_REQUIREMENTS) {
    const values = checks.map((c) => {
      const v = (c.requirements as Record<string, unknown>)[key]
      return typeof v === 'number' ? v : null
    })
    if (values.some((v) => v !== null)) requirements[key] = values
  }
  // a finding is the same in two scenarios when its code and message are
  const keyOf = (f: { code: string; message: string }) => `${f.code}\u0000${f.message}`
  const all = new Map<string, Finding>()
  for (const c of checks) for (const f of c.findings) all.set(keyOf(f), f)
  const findings = [...all.entries()]
    .map(([key, { code, severity, message, ...numbers }]) => ({ code, severity, message, in: checks.map((c) => c.findings.some((x) => keyOf(x) === key)), ...numbers }))
    .filter((f) => !f.in.every(Boolean))
  return {
    scenarios: entries.map((e, i) => ({ id: e.id, label: e.label, file: e.file, variant: e.variant, end_year: e.scenario.years.end, money: e.scenario.money, ok: checks[i]!.ok })),
    targets,
    series,
    requirements,
    findings
  }
}
