import { isCollection, isPair, isScalar, parseDocument } from 'yaml'
import type { Node, Scalar } from 'yaml'
import type { CalibrateResult } from '../stats/calibrate'

/** Significant digits of a calibrated value: more would pretend a precision a short history lacks. */
const SIGNIFICANT_DIGITS = 3

/** One assumption filled from the history. */
export interface CalibratedValue {
  /** key path in the scenario, e.g. `["model", "growth_shock_sd"]` */
  path: string[]
  value: number | number[]
  /** what it was computed from, for the YAML comment */
  from: string
}

/**
 * The scenario assumptions a calibration supports (MODEL.md §2 names): `model.growth_shock_sd`
 * from the sample sd of gdp's log growth, `checks.icor_range` from the interquartile range of
 * the annual apparent ICOR, `model.tax.buoyancy` from the revenue buoyancy. Each says which
 * years it comes from. O(1).
 *
 * @param r a calibration of one region
 * @param source the data's name, e.g. `gdp.csv (吉林省)`
 * @example calibratedValues(result, "gdp.csv")[0] // => { path: ["model", "growth_shock_sd"], value: 0.0551, from: "sd of gdp's log growth, 2000–2016 (gdp.csv)" }
 */
export function calibratedValues(r: CalibrateResult, source: string): CalibratedValue[] {
  const out: CalibratedValue[] = []
  const gdp = r.series.gdp
  if (gdp?.log_growth_sd !== null && gdp?.log_growth_sd !== undefined) out.push({ path: ['model', 'growth_shock_sd'], value: round(gdp.log_growth_sd), from: `sd of gdp's log growth, ${gdp.from}–${gdp.to} (${source})` })
  if (r.icor?.p25 !== null && r.icor?.p25 !== undefined && r.icor.p75 !== null && r.icor.p25 < r.icor.p75) out.push({ path: ['checks', 'icor_range'], value: [round(r.icor.p25), round(r.icor.p75)], from: `interquartile range of the annual apparent ICOR (investment lagged ${r.icor.lag} year${r.icor.lag === 1 ? '' : 's'} / added gdp), ${r.icor.from + 1}–${r.icor.to} (${source})` })
  if (r.revenue?.buoyancy !== null && r.revenue?.buoyancy !== undefined) out.push({ path: ['model', 'tax', 'buoyancy'], value: round(r.revenue.buoyancy), from: `slope of Δln fiscal_revenue on Δln gdp, ${r.revenue.from}–${r.revenue.to} (${source})` })
  return out
}

/**
 * Writes calibrated values into a scenario's YAML text through the `yaml` library's Document
 * API, so the user's comments, key order and styles stay; each value gets a trailing comment
 * `calibrated: <what>, <years> (<source>)`. Pure: text in, text out. O(length).
 *
 * @param text the scenario's YAML
 * @param values what to set
 * @example setCalibrated("id: x\n", [{ path: ["model", "growth_shock_sd"], value: 0.05, from: "sd" }])
 * // => "id: x\nmodel:\n  growth_shock_sd: 0.05 # calibrated: sd\n"
 */
export function setCalibrated(text: string, values: readonly CalibratedValue[]): string {
  const doc = parseDocument(text, { keepSourceTokens: false })
  for (const v of values) {
    const node = doc.createNode(v.value, { flow: true })
    doc.setIn(v.path, node)
    const target = isScalar(node) ? (node as Scalar) : node
    target.comment = ` calibrated: ${v.from}`
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false })
}

/** A value a scenario marks as calibrated (see `calibratedMarks`). */
export interface CalibratedMark {
  /** dotted key path, e.g. `model.growth_shock_sd` */
  path: string
  /** what it was computed from: the comment after `calibrated:` */
  from: string
}

/** The comment `setCalibrated` writes after a value, and what follows it. */
const CALIBRATED_COMMENT = /^\s*calibrated:\s*(.*)$/

/**
 * The values of a scenario's YAML (or JSON) text marked `# calibrated: …`, the inverse of
 * `setCalibrated`: which assumptions came from history, so a report can say so. A text that does
 * not parse has none (loading it reports the error). O(length).
 *
 * @example calibratedMarks("model:\n  growth_shock_sd: 0.05 # calibrated: sd\n") // => [{ path: "model.growth_shock_sd", from: "sd" }]
 */
export function calibratedMarks(text: string): CalibratedMark[] {
  // most scenarios have none: skip parsing them again
  if (!text.includes('calibrated:')) return []
  const doc = parseDocument(text, { keepSourceTokens: false })
  if (doc.errors.length > 0) return []
  const out: CalibratedMark[] = []
  const visit = (node: unknown, path: string[]): void => {
    const comment = (node as Node | null)?.comment
    const match = typeof comment === 'string' ? CALIBRATED_COMMENT.exec(comment) : null
    if (match) out.push({ path: path.join('.'), from: match[1]!.trim() })
    if (!isCollection(node)) return
    node.items.forEach((item, i) => {
      if (isPair(item)) visit(item.value, [...path, String(isScalar(item.key) ? item.key.value : item.key)])
      else visit(item, [...path, String(i)])
    })
  }
  visit(doc.contents, [])
  return out
}

// a value to SIGNIFICANT_DIGITS significant digits
function round(x: number): number {
  return Number(x.toPrecision(SIGNIFICANT_DIGITS))
}
