import type { ArgumentsCamelCase, Argv } from 'yargs'
import type { Io } from '../io/io'
import type { GlobalOptions } from './global-options'

/**
 * The shape of a command file (SDEverywhere's one-yargs-command-per-file): `command` and
 * `describe` for the help, `builder` for its options, and `handler`, which maps parsed options
 * to the command's plain function and resolves to the exit code. `build-parser.ts` passes the
 * `Io` and hands the code to `main.ts`.
 */
export interface ZonecastCommand<A extends GlobalOptions = GlobalOptions> {
  /** yargs command string, e.g. `run <file>` */
  command: string
  /** one line for `zonecast --help` */
  describe: string
  /** declares the command's positionals and options */
  builder(y: Argv<GlobalOptions>): Argv<A>
  /** runs the command; resolves to the exit code */
  handler(argv: ArgumentsCamelCase<A>, io: Io): Promise<number>
  /**
   * True when this command line's work is short (one model run, no loop over draws or lever
   * values): `main.ts` then runs it without V8's optimising compiler (`skipOptimisingCompiler`).
   * Absent: the command keeps it.
   */
  shortLived?(argv: ArgumentsCamelCase<A>): boolean
}
