import type { Io } from './io'
import { readInput } from './read-input'

/**
 * The `Io` of a real process: its standard streams, its working folder and its files.
 *
 * @example await runCommand(options, createNodeIo())
 */
export function createNodeIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readInput: (fileOrDash) => readInput(fileOrDash, process.cwd(), readStdin),
    cwd: process.cwd()
  }
}

// all of standard input, as bytes
async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) process.stderr.write('zonecast: reading the scenario from the terminal; end it with Ctrl-D\n')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
