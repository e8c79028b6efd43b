import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CliError } from '../cli/cli-error'
import type { ForceOptions } from '../cli/force-option'
import type { GlobalOptions } from '../cli/global-options'
import type { SetOptions } from '../cli/set-option'

/**
 * Monte Carlo draws behind a report's probabilities and fan chart unless `--draws` says otherwise:
 * a probability's standard error is then at most 1.1 points (√(0.25 / 2000)), as for `zonecast chart --kind fan`.
 */
export const DEFAULT_REPORT_DRAWS = 2000

/** Options of `zonecast report`. */
export interface ReportOptions extends GlobalOptions, SetOptions, ForceOptions {
  /** scenario file, or `-` for standard input */
  file: string
  /** the folder to write `report.md`, `report.html` and the charts into */
  out: string
  draws?: number
  seed?: number
}

/**
 * Checks `--out` before any work: it must be a folder or not exist yet (then it is created when
 * the report is written). Nothing is created here.
 *
 * @throws {CliError} exit 2 when `--out` is an existing file (or something else that is not a folder)
 * @example await checkReportOut('out', cwd) // => undefined when out/ is a folder or absent
 */
export async function checkReportOut(out: string, cwd: string): Promise<void> {
  let isFolder: boolean
  try {
    isFolder = (await stat(resolve(cwd, out))).isDirectory()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
    throw new CliError(`--out "${out}": cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); give --out a folder you can write to`)
  }
  if (!isFolder) throw new CliError(`--out "${out}" is a file, but a report is a folder of files (report.md, report.html, the charts); give --out a folder, e.g. --out ${out.replace(/\.[^./]*$/, '')}-report`)
}
