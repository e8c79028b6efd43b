import type { GlobalOptions } from '../cli/global-options'
import type { Io } from '../io/io'

/**
 * Whether a long run shows a progress bar: only for a person at a terminal, that is when
 * standard output and standard error are both terminals (`| cat` or `> out.txt` means a program
 * or a file reads the output), and not with `--json` (a program reads it) or `--quiet`.
 *
 * @example showsProgress({ ...io, isTerminal: true }, { lang: 'en', json: true }) // => false
 */
export function showsProgress(io: Io, options: GlobalOptions): boolean {
  return io.isTerminal && !options.json && !options.quiet
}
