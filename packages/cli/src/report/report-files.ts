import type { OutputFile } from '../io/write-files'
import { reportFigures } from './report-document'
import type { ReportDocument } from './report-document'
import { writeHtml } from './write-html'
import { writeMarkdown } from './write-markdown'

/** The report's two documents, beside the chart files they embed. */
export const REPORT_MARKDOWN = 'report.md'
export const REPORT_HTML = 'report.html'

/**
 * Every file of a report, its content computed: `report.md`, `report.html` and each chart's SVG
 * (the same text `zonecast chart` writes), charts first so that the documents come last.
 *
 * @example reportFiles(doc).map((f) => f.name) // => ["targets.svg", "projection.svg", …, "report.md", "report.html"]
 */
export function reportFiles(doc: ReportDocument): OutputFile[] {
  return [...reportFigures(doc).map((f) => ({ name: f.file, text: f.svg })), { name: REPORT_MARKDOWN, text: writeMarkdown(doc) }, { name: REPORT_HTML, text: writeHtml(doc) }]
}
