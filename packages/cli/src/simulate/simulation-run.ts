import type { Override, SimulateResult } from '@zonecast/core'

/** What a Monte Carlo run needs: the scenario's text (loaded again where the run happens) and the draw options. */
export interface SimulationJob {
  /** the scenario file's text, as read */
  text: string
  /** the file as the user named it, or `<stdin>`, for messages */
  file: string
  /** number of draws asked for */
  draws: number
  /** unsigned 32-bit seed; default the core's `DEFAULT_SEED`, applied where the core runs (so the main thread need not load it) */
  seed?: number
  /** worker threads sharing the draws (a positive whole number, checked by `checkThreads`); default 1 */
  threads?: number
  /** `--set` overrides, applied as the main thread applied them */
  overrides?: Override[]
  /** the scenario's `history.file` data file, as the main thread read it */
  history?: { text: string; file: string }
}

/** How a run ended: with its result, or stopped (by `stop`) after some draws, without one. */
export type SimulationOutcome = { kind: 'done'; result: SimulateResult } | { kind: 'stopped'; draws: number }

/**
 * A Monte Carlo run under way, off the main thread, so that the main thread stays free to draw
 * the progress bar and to hear Ctrl-C.
 */
export interface SimulationRun {
  /**
   * How the run ended: `stopped` with the draws done when `stop` ended it at a poll (the run's
   * thread is ended then: a stopped run gives no result, so its quantiles are not worth waiting
   * for). Rejects with the core's `InputError` (a bad scenario, `--draws` or `--seed`) or any
   * other error of the run; never settles after `kill`.
   */
  outcome: Promise<SimulationOutcome>
  /** asks the run to stop at its next stop poll (every `PROGRESS_EVERY_DRAWS` draws); a run past its last poll ends as usual */
  stop(): void
  /** ends the run at once, without a result; harmless once it has ended */
  kill(): void
}

/**
 * Starts a run; `onProgress` hears the number of draws done (summed over the run's threads), every
 * `PROGRESS_POST_EVERY_DRAWS` draws of a thread and once at the end of each thread's loop.
 *
 * @example const run = startSimulation({ text, file: 'x.yaml', draws: 2000, seed: 1 }, (done) => bar.update(done))
 */
export type StartSimulation = (job: SimulationJob, onProgress: (done: number) => void) => SimulationRun

/**
 * Draws between stop polls (and the core's progress calls). Small, so that Ctrl-C stops a run within a few
 * milliseconds (a draw of a seed scenario takes ~45 µs); a report is one small message between
 * threads, cheap next to 100 draws.
 */
export const PROGRESS_EVERY_DRAWS = 100

/**
 * Draws between a worker's progress messages (every tenth stop poll), and at the end of its share.
 * A message per poll cost ~10% of a million-draw run on two threads (the main thread handling
 * them competes with the workers for the cores); every 1,000 draws is still several times per
 * redraw of the bar (`REDRAW_INTERVAL_MS`) at ~10–45 µs a draw.
 */
export const PROGRESS_POST_EVERY_DRAWS = 1000
