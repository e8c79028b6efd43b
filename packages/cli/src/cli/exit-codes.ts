/**
 * The exit codes of shared/INTERFACE.md ("Exit codes"). Only `main.ts` hands them to the process;
 * commands return them or throw an error that carries one.
 *
 * @example exitCodes.input // => 2
 */
export const exitCodes = {
  /** success; for `check`, every target met and no error finding */
  ok: 0,
  /** `check` found a missed target or an error finding (`--strict`: a warning too) */
  checkFailed: 1,
  /** the input file or the command line is wrong */
  input: 2,
  /** the system lacks something a command needs (a font for a chart's PNG): EX_UNAVAILABLE of BSD's sysexits.h */
  unavailable: 69,
  /** a bug in zonecast: EX_SOFTWARE of BSD's sysexits.h, "internal software error" */
  internal: 70,
  /** Ctrl-C stopped a Monte Carlo run: 128 + SIGINT (2), what a shell reports for a run ended by Ctrl-C */
  interrupted: 130
} as const
