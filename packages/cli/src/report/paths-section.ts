import type { ReportInputs } from './compute-report'
import type { ReportBlock, ReportSection } from './report-document'
import { reportWords } from './report-words'

/**
 * The main series: the `projection` chart (history, plan, model path, targets) and the `fan`
 * chart (its Monte Carlo range) when the model produces a series.
 *
 * @example pathsSection(inputs).blocks.length // => 3 (intro, projection, fan)
 */
export function pathsSection(r: ReportInputs): ReportSection {
  const w = reportWords(r.lang)
  const charts = (['projection', 'fan'] as const).flatMap((k) => r.figures.get(k) ?? [])
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: w.pathsIntro }, ...charts]
  return { id: 'paths', heading: w.paths, blocks }
}
