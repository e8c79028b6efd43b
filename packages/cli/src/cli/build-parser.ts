import yargs from 'yargs'
import type { Argv } from 'yargs'
import * as chartCommand from '../commands/chart-command'
import * as calibrateCommand from '../commands/calibrate-command'
import * as checkCommand from '../commands/check-command'
import * as compareCommand from '../commands/compare-command'
import * as reportCommand from '../commands/report-command'
import * as initCommand from '../commands/init-command'
import * as solveCommand from '../commands/solve-command'
import * as sweepCommand from '../commands/sweep-command'
import * as tornadoCommand from '../commands/tornado-command'
import * as runCommand from '../commands/run-command'
import * as simulateCommand from '../commands/simulate-command'
import type { Io } from '../io/io'
import { knownOptions } from './known-options'
import { describeUsageError } from './describe-usage-error'
import { addGlobalOptions } from './global-options'
import type { GlobalOptions } from './global-options'
import { UsageError } from './usage-error'
import { cliVersion } from './version'
import type { ZonecastCommand } from './zonecast-command'

/**
 * Every command, in `--help` order. Command files import `@zonecast/core` only when they run,
 * so `zonecast --help` does not load the model.
 */
export const commands: readonly ZonecastCommand<GlobalOptions>[] = [runCommand, checkCommand, simulateCommand, compareCommand, tornadoCommand, sweepCommand, solveCommand, chartCommand, reportCommand, calibrateCommand, initCommand]

/** Global options that take a value, to find the command word behind them in messages. */
const globalValueOptions = ['lang']

/**
 * yargs turns a lone `-` positional into `''` (yargs/yargs#1312, open), yet `-` is how FILE
 * names standard input. It is passed to yargs as this stand-in, which no path can contain (NUL),
 * and turned back before a handler or a message sees it.
 */
const dashStandIn = '\u0000-'

/** The exit-code contract, for the end of `zonecast --help`. */
const exitCodeEpilogue = [
  'exit codes: 0 success (check: every target met, no error finding);',
  '1 check found a missed target or an error finding (--strict: a warning too);',
  '2 the input file or the command line is wrong; 69 a chart PNG needs a font the system lacks;',
  '130 Ctrl-C stopped a Monte Carlo run; anything else is a bug'
].join(' ')

/** What `buildParser` needs besides the arguments. */
export interface ParserOptions {
  /** handed to the command that runs */
  io: Io
  /** receives the exit code of the command that ran (not called for --help and --version) */
  onExitCode(code: number): void
  /** the commands to offer; tests pass ones whose handlers only record their arguments */
  commands?: readonly ZonecastCommand<GlobalOptions>[]
  /** called before a command runs whose `shortLived` says its work is short */
  onShortLived?(): void
}

/**
 * The yargs parser for a command line. `await buildParser(args, options).parseAsync()` runs the
 * command; a usage mistake rejects with `UsageError`, and an error a command throws is passed
 * through as it is. Nothing here prints a message for an error or ends the process.
 *
 * @param args the arguments without node and the script, e.g. `['check', 'x.yaml', '--strict']`
 * @example await buildParser(['run', 'x.yaml'], { io, onExitCode: (c) => (code = c) }).parseAsync()
 */
export function buildParser(args: readonly string[], options: ParserOptions): Argv<GlobalOptions> {
  const offered = options.commands ?? commands
  const parser = addGlobalOptions(yargs(args.map((a) => (a === '-' ? dashStandIn : a))))
    .scriptName('zonecast')
    .usage('$0 <command> FILE [options]')
    .strict()
    .demandCommand(1, `no command given; the commands are ${offered.map((c) => c.command.split(' ')[0]).join(', ')}`)
    .recommendCommands()
    .help()
    .alias('help', 'h')
    .version(cliVersion)
    .epilogue(exitCodeEpilogue)
    .exitProcess(false)
    .fail((message, err) => {
      // yargs routes a command's own error here too: pass it on untouched
      if (err && err.name !== 'YError') throw err
      const text = (message || err?.message || 'the command line is wrong').replaceAll(dashStandIn, '-')
      throw new UsageError(describeUsageError(text, { args, commands: offered.map((c) => c.command), valueOptions: globalValueOptions, knownOptions }))
    })
    .middleware(restoreDash)
  for (const command of offered) {
    parser.command(command.command, command.describe, command.builder, async (argv) => {
      if (command.shortLived?.(argv)) options.onShortLived?.()
      options.onExitCode(await command.handler(argv, options.io))
    })
  }
  skipHelpCache(parser)
  return parser
}

/** The part of yargs's internal API that `skipHelpCache` reaches (not in its type declarations). */
interface YargsInternals {
  getInternalMethods?(): { getUsageInstance(): { cacheHelpMessage(): void } }
}

/**
 * yargs renders the whole `--help` text before it runs a command (`cacheHelpMessage`), to show it
 * should the command fail; zonecast never shows help on a failure (`.fail` above throws), and the
 * rendering took ~15 ms of every cold start (issue 9's 0.3 s budget), so it is skipped. `--help`
 * itself renders the text as before.
 */
function skipHelpCache(parser: unknown): void {
  const usage = (parser as YargsInternals).getInternalMethods?.().getUsageInstance()
  if (usage) usage.cacheHelpMessage = () => {}
}

// puts back the `-` that `dashStandIn` stood in for, in every parsed value
function restoreDash(argv: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(argv)) {
    if (value === dashStandIn) argv[key] = '-'
    else if (Array.isArray(value)) argv[key] = value.map((v: unknown) => (v === dashStandIn ? '-' : v))
  }
}
