import type { Argv } from 'yargs'

/** `--force`: replace output files that zonecast did not write, or that were changed since. */
export interface ForceOptions {
  force?: boolean
}

/**
 * Declares `--force` on a command that writes files (see io/write-files.ts for when it is needed).
 *
 * @example addForceOption(yargs()).parseSync(['--force']).force // => true
 */
export function addForceOption<T>(y: Argv<T>): Argv<T & ForceOptions> {
  return y.option('force', {
    type: 'boolean',
    describe: 'replace output files that zonecast did not write or that were changed since it wrote them (without it, such a file stops the command and nothing is written)'
  }) as Argv<T & ForceOptions>
}
