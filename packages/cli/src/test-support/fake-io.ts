import { CliError } from '../cli/cli-error'
import { decodeInput } from '../io/decode-input'
import type { Io } from '../io/io'
import { startSimulationInline } from './start-simulation-inline'

/** An `Io` that keeps what a command prints, for tests. */
export interface FakeIo extends Io {
  /** everything written to standard output */
  out: string
  /** everything written to standard error */
  err: string
  /** what `now()` returns, in milliseconds; tests move it forward */
  time: number
  /** what `stderrColumns()` returns */
  columns: number | undefined
  /** a Ctrl-C: calls the listeners `onInterrupt` holds */
  interrupt(): void
  /** how many `onInterrupt` listeners are registered */
  interruptListeners(): number
}

/**
 * A fake `Io` over in-memory files (text, or bytes decoded as the real reader does); `-` reads
 * the file named `<stdin>`. Not a terminal, a clock at 0 that moves only when told, Ctrl-C only
 * by `interrupt()`, and Monte Carlo runs on the calling thread (`startSimulationInline`).
 *
 * @example const io = fakeIo({ 'x.yaml': 'id: x' }); await run({ file: 'x.yaml', lang: 'en' }, io); io.out
 */
export function fakeIo(files: Record<string, string | Uint8Array> = {}, cwd = '/nonexistent'): FakeIo {
  const listeners = new Set<() => void>()
  const io: FakeIo = {
    out: '',
    err: '',
    time: 0,
    columns: undefined,
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readInput: async (fileOrDash) => {
      const file = fileOrDash === '-' ? '<stdin>' : fileOrDash
      const content = files[file]
      if (content === undefined) throw new CliError(`cannot read "${file}": no such file; check the path`)
      return { text: typeof content === 'string' ? content : decodeInput(content, file), file }
    },
    cwd,
    isTerminal: false,
    stderrColumns: () => io.columns,
    now: () => io.time,
    onInterrupt: (listener) => {
      // a wrapper, so that one listener registered twice is two registrations, as with process.on
      const entry = () => listener()
      listeners.add(entry)
      return () => void listeners.delete(entry)
    },
    interrupt: () => [...listeners].forEach((l) => l()),
    interruptListeners: () => listeners.size,
    startSimulation: startSimulationInline
  }
  return io
}
