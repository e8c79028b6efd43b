import { Distribution } from '@zonecast/core'
import type { CalibratedMark, Finding, Num, Override, Scenario } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { defaultReason } from '../check/default-reason'
import { defaultValueText } from './default-value-text'
import { formatParameterValue } from './format-parameter-value'
import type { ParameterFormat } from './format-parameter-value'
import { isParameterGroup, modelParameters } from './model-parameters'
import type { ModelParameter, ParameterKind } from './model-parameters'
import { zhDefaultReason } from './zh-default-reason'

/** Where an assumption came from; `default` and `calibrated` are what a reader must notice. */
export type AssumptionSource = 'stated' | 'distribution' | 'default' | 'calibrated' | 'command-line'

/** One row of the assumptions table, its value already formatted. */
export interface AssumptionRow {
  path: string
  meaning: string
  value: string
  source: AssumptionSource
  /** a default's reason, a calibration's source, or the `--set` option */
  why: string
}

/** What `assumptionRows` reads. */
export interface AssumptionInputs {
  /** the scenario as loaded, distributions kept */
  loaded: Scenario<Num>
  /** `check`'s findings: its `default-assumed` ones say what the model defaulted */
  findings: readonly Finding[]
  /** the values the file marks `# calibrated:` */
  calibrated: readonly CalibratedMark[]
  /** the `--set` options applied */
  overrides: readonly Override[]
}

/**
 * Every model parameter (MODEL.md §2) and `inflation` (P0), with the value the report's runs
 * use and its source: defaulted where `check` reports `default-assumed`, calibrated where the file
 * marks it so, set on the command line where a `--set` names it, else stated (or a distribution).
 * Calibrated values the table of parameters does not list (`checks.icor_range`) follow at the end.
 *
 * @example assumptionRows(inputs, { lang: 'en', money: '億元' }).find((r) => r.path === 'model.attraction')?.source // => "default" (Jilin)
 */
export function assumptionRows(inputs: AssumptionInputs, f: ParameterFormat): AssumptionRow[] {
  const defaults = new Map(inputs.findings.filter((x) => x.code === 'default-assumed').map((x) => [String(x.parameter), x]))
  const calibrated = new Map(inputs.calibrated.map((c) => [c.path, c]))
  const m = inputs.loaded.model
  const rows: AssumptionRow[] = []
  const commandLine = (path: string) => inputs.overrides.find((o) => o.origin.kind === 'command-line' && (o.path === path || path.startsWith(`${o.path}.`) || o.path.startsWith(`${path}.`)))
  const row = (path: string, meaning: string, kind: ParameterKind | null, value: ParameterValueText): AssumptionRow => {
    const set = commandLine(path)
    const d = defaults.get(path)
    const c = calibrated.get(path)
    const text = typeof value === 'string' ? value : formatParameterValue(value.v, kind ?? 'ratio', f)
    if (set && set.origin.kind === 'command-line') return { path, meaning, value: d ? defaultValueText(d.value, kind, f) : text, source: 'command-line', why: set.origin.text }
    if (d) {
      // the finding's `reason` key, else the reason read from its message
      const reason = typeof d.reason === 'string' ? d.reason : defaultReason(d.message)
      return { path, meaning, value: defaultValueText(d.value, kind, f), source: 'default', why: f.lang === 'zh' ? zhDefaultReason(path, reason) : reason }
    }
    if (c) return { path, meaning, value: text, source: 'calibrated', why: c.from }
    return { path, meaning, value: text, source: typeof value !== 'string' && holdsDistribution(value.v) ? 'distribution' : 'stated', why: '' }
  }
  const one = (x: ModelParameter) => row(x.path, x.meaning[f.lang], x.kind, { v: x.get(m) })
  rows.push(inflationRow(inputs.loaded, f))
  for (const x of modelParameters) {
    if (!isParameterGroup(x)) {
      rows.push(one(x))
      continue
    }
    const given = x.given(m)
    if (given === undefined || given === null) rows.push(row(x.path, x.meaning[f.lang], null, f.lang === 'zh' ? '無' : 'none'))
    else rows.push(...x.members.map(one))
  }
  for (const c of inputs.calibrated) {
    if (rows.some((r) => r.path === c.path)) continue
    const value = c.path === 'checks.icor_range' ? inputs.loaded.checks.icorRange.join('–') : '–'
    rows.push({ path: c.path, meaning: c.path === 'checks.icor_range' ? (f.lang === 'zh' ? '資本產出比的合理區間（implied-icor）' : 'plausible ICOR range (implied-icor)') : '', value, source: 'calibrated', why: c.from })
  }
  return rows
}

/** A parameter's value as the scenario holds it, or text already written. */
type ParameterValueText = { v: Parameters<typeof formatParameterValue>[0] } | string

// inflation (P0): stated, or 0 when the file states none (README "Scenario files")
function inflationRow(s: Scenario<Num>, f: ParameterFormat): AssumptionRow {
  const lang: Lang = f.lang
  const meaning = lang === 'zh' ? '通脹率 π(t)，價格指數 p(t)（P0）' : 'inflation π(t), the price index p(t) (P0)'
  if (s.inflation === null) {
    return { path: 'inflation', meaning, value: '0%', source: 'default', why: lang === 'zh' ? '情景未給定通脹率：現價與可比價相同' : 'the scenario states no inflation: current and constant prices are the same' }
  }
  return { path: 'inflation', meaning, value: formatParameterValue(s.inflation, 'rate-path', f), source: 'stated', why: '' }
}

// whether a value is, or a path holds, a distribution anywhere
function holdsDistribution(x: unknown): boolean {
  if (x instanceof Distribution) return true
  if (Array.isArray(x)) return x.some(holdsDistribution)
  return typeof x === 'object' && x !== null && Object.values(x).some(holdsDistribution)
}
