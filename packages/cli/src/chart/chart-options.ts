import type { ChartKind } from '@zonecast/plot'
import { CliError } from '../cli/cli-error'
import type { GlobalOptions } from '../cli/global-options'
import type { ForceOptions } from '../cli/force-option'
import type { SetOptions } from '../cli/set-option'

/** The chart kinds of shared/INTERFACE.md (kept here too so that `--help` needs no chart code). */
export const chartKinds: readonly ChartKind[] = ['projection', 'fan', 'compare', 'tornado', 'land', 'finance', 'targets']

/** The draws of a fan chart's Monte Carlo unless `--draws` says otherwise: a 10–90% band to within about a percentile. */
export const DEFAULT_FAN_DRAWS = 2000

/** Options of `zonecast chart`. */
export interface ChartOptions extends GlobalOptions, SetOptions, ForceOptions {
  /** scenario files (several for `compare`), `-` for standard input */
  files: string[]
  kind: string
  /** the output file: `.svg` or `.png` */
  out: string
  series?: string
  target?: string
  /** the SVG's width in pixels */
  width?: number
  draws?: number
  seed?: number
  /** compare: the one scenario beside each of its variants */
  variants?: boolean
}

/** The output formats, by file extension. */
export type ChartFormat = 'svg' | 'png'

/** Which kinds take which options: an option a kind ignores is refused, not silently dropped. */
const takes: Readonly<Record<string, readonly ChartKind[]>> = {
  series: ['projection', 'fan', 'compare'],
  target: ['projection', 'fan', 'tornado', 'targets'],
  draws: ['fan'],
  seed: ['fan'],
  variants: ['compare']
}

/**
 * Checks the options that do not need the scenario: the kind (with a did-you-mean), the output
 * file's extension, options the kind does not take, the number of files.
 *
 * @returns the kind and the output format
 * @throws {CliError} exit 2, naming the bad option and how to fix it
 * @example checkChartOptions({ files: ['x.yaml'], kind: 'fan', out: 'x.png', lang: 'en' }) // => { kind: "fan", format: "png" }
 */
export function checkChartOptions(options: ChartOptions, suggest: (word: string, known: readonly string[]) => string | undefined): { kind: ChartKind; format: ChartFormat } {
  const kind = chartKinds.find((k) => k === options.kind)
  if (kind === undefined) {
    const best = suggest(options.kind, chartKinds)
    throw new CliError(`--kind "${options.kind}" is not a chart kind${best ? `; did you mean "${best}"?` : ''} (kinds: ${chartKinds.join(', ')})`)
  }
  const format = /\.(svg|png)$/i.exec(options.out)?.[1]?.toLowerCase() as ChartFormat | undefined
  if (format === undefined) throw new CliError(`--out "${options.out}": a chart is written as .svg or .png; give a file name ending in one of them`)
  for (const [option, kinds] of Object.entries(takes)) {
    if (options[option as keyof ChartOptions] !== undefined && !kinds.includes(kind)) {
      throw new CliError(`--${option} does not apply to --kind ${kind}; it is for ${kinds.join(', ')}`)
    }
  }
  if (options.variants && options.files.length !== 1) throw new CliError(`--variants draws one scenario beside its variants; ${options.files.length} files were given`)
  if (kind === 'compare' && !options.variants && options.files.length < 2) throw new CliError('--kind compare draws two scenarios or more, or one with --variants')
  if (kind !== 'compare' && options.files.length > 1) throw new CliError(`--kind ${kind} draws one scenario, got ${options.files.length} files; give one FILE (--kind compare takes several)`)
  if (options.files.filter((f) => f === '-').length > 1) throw new CliError('standard input (-) can be read once; name the other scenarios by file')
  return { kind, format }
}
