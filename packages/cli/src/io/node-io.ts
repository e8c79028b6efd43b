import { startSimulationWorker } from '../simulate/start-simulation-worker'
import type { Io } from './io'
import { MAX_INPUT_BYTES, readInput } from './read-input'

/**
 * The `Io` of a real process: its standard streams, its working folder, its files, its clock and
 * signals, and worker threads for Monte Carlo runs.
 *
 * @param simulationWorker the bundled `simulate-worker.js`, which `main.ts` names next to itself
 * @example await runCommand(options, createNodeIo(new URL('./simulate-worker.js', import.meta.url)))
 */
export function createNodeIo(simulationWorker: URL): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readInput: (fileOrDash) => readInput(fileOrDash, process.cwd(), readStdin),
    cwd: process.cwd(),
    isTerminal: Boolean(process.stdout.isTTY && process.stderr.isTTY),
    stderrColumns: () => process.stderr.columns,
    now: () => performance.now(),
    onInterrupt: (listener) => {
      process.on('SIGINT', listener)
      return () => void process.off('SIGINT', listener)
    },
    startSimulation: startSimulationWorker(simulationWorker)
  }
}

// all of standard input, as bytes
async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) process.stderr.write('zonecast: reading the scenario from the terminal; end it with Ctrl-D\n')
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer)
    length += (chunk as Buffer).length
    // enough to refuse it as too long (readInput says so): the rest is never held in memory
    if (length > MAX_INPUT_BYTES) break
  }
  return Buffer.concat(chunks)
}
