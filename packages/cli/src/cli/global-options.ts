import type { Argv } from 'yargs'
import { singleValue } from './single-value'

/** The languages labels come in (`--lang`). */
export const langs = ['en', 'zh'] as const

/** A label language: `en` or `zh`. */
export type Lang = (typeof langs)[number]

/** The options every command takes. */
export interface GlobalOptions {
  /** print the machine-readable result (JSON) on standard output */
  json?: boolean
  /** the language of labels and of the terminal's tables and sentences (JSON and CSV are the same in both) */
  lang: Lang
  /** leave out notes and progress messages */
  quiet?: boolean
}

/**
 * Declares the options every command takes: `--json`, `--lang en|zh`, `--quiet`.
 *
 * @example addGlobalOptions(yargs()).parseSync(['--lang', 'zh']).lang // => "zh"
 */
export function addGlobalOptions(y: Argv): Argv<GlobalOptions> {
  return y
    .option('json', { type: 'boolean', describe: 'print the machine-readable result (JSON) on standard output' })
    .option('lang', {
      choices: langs,
      default: 'en' as Lang,
      requiresArg: true,
      coerce: singleValue<Lang>('lang'),
      describe: 'language of labels, tables and messages (JSON and CSV stay the same)'
    })
    .option('quiet', { type: 'boolean', describe: 'leave out notes and progress messages' })
}
