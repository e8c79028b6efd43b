import type { ChartKind } from '@zonecast/plot'
import type { CalibratedMark, CheckResult, ComparisonResult, Override } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { chartScenario } from '../chart/chart-scenario'
import type { ChartScenario } from '../chart/chart-scenario'
import { leverTornado } from '../chart/lever-tornado'
import type { LeverTornado } from '../chart/lever-tornado'
import { comparedEntry, variantChartScenarios } from '../chart/variant-chart-scenarios'
import { loadScenarioFile } from '../commands/load-scenario-file'
import type { Io } from '../io/io'
import { drawReportCharts } from './draw-report-charts'
import type { ReportFigure } from './report-document'

/** Everything a report shows, computed by the commands' own pipelines before anything is written. */
export interface ReportInputs {
  lang: Lang
  /** the scenario as loaded, realised and run (the chart pipeline's view of it) */
  scenario: ChartScenario
  /** `zonecast check --draws N --seed S`: targets with probabilities, findings, requirements */
  check: CheckResult
  draws: number
  seed: number
  /** the lever tornado of the first target, when the scenario has levers */
  tornado: LeverTornado | null
  /** `zonecast compare --variants`, when the scenario has variants */
  comparison: ComparisonResult | null
  figures: Map<ChartKind, ReportFigure>
  /** values the file marks `# calibrated:` */
  calibrated: CalibratedMark[]
  /** the `--set` options applied */
  overrides: Override[]
}

/** What `computeReport` needs from the command line. */
export interface ReportRequest {
  file: string
  set?: readonly string[]
  lang: Lang
  draws: number
  seed?: number
}

/**
 * Computes a report's content: loads the scenario (with `--set` and its `history.file`), runs the
 * Monte Carlo (core `simulate`) and attaches its probabilities to `check`'s result, the tornado
 * of the first target (core `tornado`), the comparison with the variants (core
 * `compareScenarios`, loaded as `compare --variants` loads them) and every chart that applies.
 * Nothing is written.
 *
 * @throws {CliError} exit 2 when the file cannot be read or a chart cannot be built
 * @throws {InputError} exit 2 when the scenario, a `--set`, `--draws` or `--seed` is invalid
 * @example (await computeReport({ file: 'scenarios/jilin-2006-2010.yaml', lang: 'en', draws: 2000 }, io)).check.targets.length // => 16
 */
export async function computeReport(r: ReportRequest, io: Io): Promise<ReportInputs> {
  const core = await import('@zonecast/core')
  const { input, scenario: loaded, overrides, history } = await loadScenarioFile(r.file, io, r.set)
  const seed = r.seed ?? core.DEFAULT_SEED
  // first, so that a bad --draws or --seed stops the run before any other work
  const simulation = core.simulate(loaded, { draws: r.draws, seed })
  const c = chartScenario(input.file, loaded, { text: input.text, overrides, ...(history ? { history } : {}) })
  const check = core.attachProbabilities(core.checkScenario(c.realised), simulation)
  // the first target's tornado, computed once for the table and the chart
  const tornado = Object.keys(c.realised.levers).length > 0 && c.realised.targets.length > 0 ? leverTornado(c, undefined, r.lang) : null
  const variants: ChartScenario[] = loaded.variants.length > 0 ? variantChartScenarios(input, loaded, overrides, history) : []
  const comparison = variants.length > 0 ? core.compareScenarios(variants.map(comparedEntry)) : null
  const figures = await drawReportCharts(c, variants, { lang: r.lang, simulation, ...(tornado ? { tornado } : {}) })
  return { lang: r.lang, scenario: c, check, draws: r.draws, seed, tornado, comparison, figures, calibrated: core.calibratedMarks(input.text), overrides }
}
