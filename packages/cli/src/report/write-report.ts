import type { Io } from '../io/io'
import { writeFiles } from '../io/write-files'
import { buildReport } from './build-report'
import { computeReport } from './compute-report'
import { checkReportOut, DEFAULT_REPORT_DRAWS } from './report-options'
import type { ReportOptions } from './report-options'
import { reportFiles } from './report-files'

/**
 * `zonecast report`, once the command line is parsed: checks `--out`, computes everything
 * (`computeReport`), builds the one document, renders it as Markdown and HTML in memory, and only
 * then writes every file (`writeFiles`: all to temporary files, then renamed). Nothing is written
 * when anything fails.
 *
 * @returns the paths written
 * @throws {CliError} exit 2 for a bad `--out`, a file in the way or a chart that cannot be built
 * @throws {InputError} exit 2 for a bad scenario, `--set`, `--draws` or `--seed`
 * @example await writeReport({ file: 'x.yaml', out: 'report', lang: 'en' }, io) // => ["report/targets.svg", …, "report/report.html"]
 */
export async function writeReport(options: ReportOptions, io: Io): Promise<string[]> {
  await checkReportOut(options.out, io.cwd)
  const inputs = await computeReport(
    { file: options.file, lang: options.lang, draws: options.draws ?? DEFAULT_REPORT_DRAWS, ...(options.set ? { set: options.set } : {}), ...(options.seed === undefined ? {} : { seed: options.seed }) },
    io
  )
  const files = reportFiles(buildReport(inputs))
  return writeFiles(options.out, files, { cwd: io.cwd, onInterrupt: io.onInterrupt, ...(options.force ? { force: true } : {}) })
}
