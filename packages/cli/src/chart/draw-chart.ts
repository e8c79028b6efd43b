import { basename, dirname } from 'node:path'
import { didYouMean } from '@zonecast/core/did-you-mean'
import { loadChartRenderer, loadPngRenderer, MissingFontError } from '@zonecast/plot'
import { CliError } from '../cli/cli-error'
import { exitCodes } from '../cli/exit-codes'
import { loadScenarioFile } from '../commands/load-scenario-file'
import type { Io } from '../io/io'
import { buildChartSpec } from './build-chart-spec'
import { chartScenario } from './chart-scenario'
import { variantChartScenarios } from './variant-chart-scenarios'
import { checkChartOptions } from './chart-options'
import type { ChartOptions } from './chart-options'
import { checkChartWidth } from './check-chart-width'
import { writeFiles } from '../io/write-files'

/**
 * `zonecast chart`, once the command line is parsed: checks the options, reads and runs the
 * scenarios, builds the chart's data, draws it (Plot and jsdom load only now), and writes the
 * file atomically. Nothing is written when anything fails.
 *
 * @returns the path written
 * @throws {CliError} exit 2 for a bad option, series, target or output file; exit 69 when a PNG needs a font the system lacks
 * @throws {InputError} exit 2 when a scenario is invalid
 * @example await drawChart({ files: ['x.yaml'], kind: 'projection', out: 'x.svg', lang: 'en' }, io) // => "x.svg"
 */
export async function drawChart(options: ChartOptions, io: Io): Promise<string> {
  const { kind, format } = checkChartOptions(options, didYouMean)
  const width = checkChartWidth(options.width)
  const scenarios = []
  for (const file of options.files) {
    const { input, scenario, overrides, history } = await loadScenarioFile(file, io, options.set)
    if (options.variants) scenarios.push(...variantChartScenarios(input, scenario, overrides, history))
    else scenarios.push(chartScenario(input.file, scenario, { text: input.text, overrides, ...(history ? { history } : {}) }))
  }
  const spec = buildChartSpec(scenarios, { kind, lang: options.lang, width, series: options.series, target: options.target, draws: options.draws, seed: options.seed })
  const svg = (await loadChartRenderer()).svg(spec)
  let data: string | Uint8Array = svg
  if (format === 'png') {
    try {
      data = (await loadPngRenderer()).png(svg)
    } catch (err) {
      if (err instanceof MissingFontError) throw new CliError(err.message, exitCodes.unavailable)
      throw err
    }
  }
  await writeFiles(dirname(options.out), [{ name: basename(options.out), text: data }], { cwd: io.cwd, onInterrupt: io.onInterrupt, ...(options.force ? { force: true } : {}) })
  return options.out
}
