import { CliError } from '../cli/cli-error'
import { decodeInput } from '../io/decode-input'
import type { Io } from '../io/io'

/** An `Io` that keeps what a command prints, for tests. */
export interface FakeIo extends Io {
  /** everything written to standard output */
  out: string
  /** everything written to standard error */
  err: string
}

/**
 * A fake `Io` over in-memory files (text, or bytes decoded as the real reader does); `-` reads
 * the file named `<stdin>`.
 *
 * @example const io = fakeIo({ 'x.yaml': 'id: x' }); await run({ file: 'x.yaml', lang: 'en' }, io); io.out
 */
export function fakeIo(files: Record<string, string | Uint8Array> = {}, cwd = '/nonexistent'): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readInput: async (fileOrDash) => {
      const file = fileOrDash === '-' ? '<stdin>' : fileOrDash
      const content = files[file]
      if (content === undefined) throw new CliError(`cannot read "${file}": no such file; check the path`)
      return { text: typeof content === 'string' ? content : decodeInput(content, file), file }
    },
    cwd
  }
  return io
}
