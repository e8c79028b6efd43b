import type { StartSimulation } from '../simulate/simulation-run'

/** A scenario's text with the name to use for it in messages. */
export interface InputText {
  /** the file's content, decoded from UTF-8 without a byte-order mark */
  text: string
  /** the file as the user named it, or `<stdin>` */
  file: string
}

/**
 * What a command may do to the outside world. `main.ts` passes the process's streams and files
 * (`createNodeIo`); tests pass a fake that records the output.
 */
export interface Io {
  /** writes text (newline included by the caller) to standard output */
  stdout(text: string): void
  /** writes text (newline included by the caller) to standard error */
  stderr(text: string): void
  /** reads a scenario file, or standard input for `-`; throws `CliError` (exit 2) when it cannot */
  readInput(fileOrDash: string): Promise<InputText>
  /** the folder relative paths on the command line are resolved against */
  cwd: string
  /** standard output and standard error are both terminals: a person watches (progress bars) */
  isTerminal: boolean
  /** the width of the terminal standard error writes to, in columns; undefined when unknown */
  stderrColumns(): number | undefined
  /** the time in milliseconds on a clock that does not jump, for progress bars */
  now(): number
  /**
   * calls `listener` on each Ctrl-C (SIGINT) until the returned function is called; meanwhile
   * Ctrl-C does not end the process
   */
  onInterrupt(listener: () => void): () => void
  /** starts a Monte Carlo run off the main thread */
  startSimulation: StartSimulation
}
