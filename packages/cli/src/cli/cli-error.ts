import { exitCodes } from './exit-codes'

/**
 * An error a command throws to end the run with a message and an exit code; `main.ts` prints
 * the message (each line prefixed by `zonecast: `) and exits with the code. Messages are
 * lowercase, have no trailing period and say how to fix the problem.
 *
 * @example throw new CliError('cannot read "x.yaml": no such file; check the path')
 * // => exit code 2
 */
export class CliError extends Error {
  /** the process exit code, 2 (input or command line wrong) unless given */
  readonly exitCode: number

  constructor(message: string, exitCode: number = exitCodes.input) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}
