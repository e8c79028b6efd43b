/**
 * The `zonecast` command's entry point, bundled into `packages/cli/dist/zonecast.js`. The only
 * place that decides the process's exit code: commands return theirs or throw an error that
 * carries it (`CliError`, the core's `InputError`); anything else is reported as a bug.
 */
import { hideBin } from 'yargs/helpers'
import { buildParser } from './cli/build-parser'
import { exitCodes } from './cli/exit-codes'
import { reportError } from './cli/report-error'
import { skipOptimisingCompiler } from './cli/skip-optimising-compiler'
import { createNodeIo } from './io/node-io'

// the worker is bundled next to this file (scripts/build.mjs); code in dist/chunks/ could not name it so
const io = createNodeIo(new URL('./simulate-worker.js', import.meta.url))
const debug = process.env.ZONECAST_DEBUG === '1'

// `zonecast run x.yaml | head` closes the pipe early: drop the rest of the output quietly (the
// exit code still reports the command's result) instead of crashing with a stack trace
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return
  process.stderr.write(`zonecast: internal error: cannot write to standard output: ${err.message}\n`)
  process.exit(exitCodes.internal)
})

try {
  let code: number = exitCodes.ok
  await buildParser(hideBin(process.argv), { io, onExitCode: (c) => (code = c), onShortLived: skipOptimisingCompiler }).parseAsync()
  process.exitCode = code
} catch (err) {
  try {
    process.exitCode = await reportError(err, io, debug)
  } catch {
    process.stderr.write('zonecast: internal error while reporting an error\n')
    process.exitCode = exitCodes.internal
  }
}
