import { pickLabel } from '../cli/pick-label'
import { assumptionsSection } from './assumptions-section'
import type { ReportInputs } from './compute-report'
import { findingsSection } from './findings-section'
import { leversSection } from './levers-section'
import { pathsSection } from './paths-section'
import type { ReportDocument, ReportSection } from './report-document'
import { requirementsSection } from './requirements-section'
import { summarySection } from './summary-section'
import { targetsSection } from './targets-section'
import { variantsSection } from './variants-section'

/**
 * The report's content from what `computeReport` computed: the scenario, its targets, the main
 * series, the findings, the requirements, the levers and variants when it has them, and the
 * assumptions, in that order. Pure: the same inputs give the same document.
 *
 * @example buildReport(inputs).sections.map((s) => s.id) // => ["scenario", "targets", "paths", "findings", "requirements", "levers", "variants", "assumptions"]
 */
export function buildReport(r: ReportInputs): ReportDocument {
  const s = r.scenario.realised
  const sections = [summarySection(r), targetsSection(r), pathsSection(r), findingsSection(r), requirementsSection(r), leversSection(r), variantsSection(r), assumptionsSection(r)]
  return { lang: r.lang, title: pickLabel(s.title, r.lang, s.id), sections: sections.filter((x): x is ReportSection => x !== null) }
}
