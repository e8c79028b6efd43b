import { CliError } from './cli-error'
import { exitCodes } from './exit-codes'

/**
 * The command line is wrong (unknown command or option, missing argument, bad choice). Exit
 * code 2; `main.ts` adds a line pointing to `zonecast --help`.
 *
 * @example throw new UsageError('unknown option --fromat')
 */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, exitCodes.input)
    this.name = 'UsageError'
  }
}
