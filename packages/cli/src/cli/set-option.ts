import type { Argv } from 'yargs'

/** `--set PATH=VALUE`, repeatable: overrides of the scenario's keys (INTERFACE.md). */
export interface SetOptions {
  set?: string[]
}

/**
 * Declares `--set` on a command that loads a scenario.
 *
 * @example addSetOption(yargs()).parseSync(['--set', 'model.capital_output_ratio=4']).set // => ['model.capital_output_ratio=4']
 */
export function addSetOption<T>(y: Argv<T>): Argv<T & SetOptions> {
  return y.option('set', {
    type: 'string',
    array: true,
    requiresArg: true,
    describe: 'override a key of the scenario: --set model.capital_output_ratio=4 (repeatable; the value as in the file; null removes the key)'
  }) as Argv<T & SetOptions>
}
