import type { SimulateResult } from '@zonecast/core'
import type { ChartKind } from '@zonecast/plot'
import { loadChartRenderer } from '@zonecast/plot'
import type { Lang } from '../cli/global-options'
import { buildChartSpec } from '../chart/build-chart-spec'
import type { ChartScenario } from '../chart/chart-scenario'
import type { LeverTornado } from '../chart/lever-tornado'
import type { ReportFigure } from './report-document'
import { reportChartKinds } from './report-chart-kinds'
import { reportWords } from './report-words'

/** What the report's charts are drawn from and how. */
export interface ReportChartRequest {
  lang: Lang
  /** the report's Monte Carlo run, whose quantiles the fan chart draws (the same draws as the probabilities) */
  simulation: SimulateResult
  /** the first target's tornado, when the scenario has levers: the report's table shows the same */
  tornado?: LeverTornado
}

/**
 * Every chart that applies to the scenario (see `reportChartKinds`), built by the chart pipeline
 * (`buildChartSpec`, the same data as `zonecast chart`) and drawn by one renderer in this
 * process, each as the SVG file `<kind>.svg`; `compare` draws the scenario beside its variants.
 *
 * @param variants the scenario as written and each variant (`variantChartScenarios`), or none
 * @throws {CliError} exit 2 when a chart cannot be built from the scenario
 * @example (await drawReportCharts(jilin, variants, { lang: 'en', simulation })).map((f) => f.file) // => ["targets.svg", "projection.svg", …]
 */
export async function drawReportCharts(c: ChartScenario, variants: readonly ChartScenario[], r: ReportChartRequest): Promise<Map<ChartKind, ReportFigure>> {
  const renderer = await loadChartRenderer()
  const captions = reportWords(r.lang).captions
  const figures = new Map<ChartKind, ReportFigure>()
  for (const kind of reportChartKinds(c)) {
    const scenarios = kind === 'compare' ? variants : [c]
    const { draws, seed } = r.simulation
    const spec = buildChartSpec(scenarios, { kind, lang: r.lang, ...(kind === 'fan' ? { draws, seed, simulation: r.simulation } : {}), ...(kind === 'tornado' && r.tornado ? { tornado: r.tornado } : {}) })
    figures.set(kind, { kind: 'figure', file: `${kind}.svg`, svg: renderer.svg(spec), caption: captions[kind] ?? kind })
  }
  return figures
}
