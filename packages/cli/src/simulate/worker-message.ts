import type { InputIssue, SimulateResult } from '@zonecast/core'
import type { SimulationJob } from './simulation-run'

/**
 * What the simulation worker gets at its start (`workerData`): the job, and a shared flag that
 * the main thread sets to 1 to stop the run (read with `Atomics.load`; the worker's loop is
 * synchronous, so a message would not reach it before the loop ends).
 */
export interface WorkerData extends SimulationJob {
  /** a `SharedArrayBuffer` of one Int32: 0 run, 1 stop */
  stopFlag: SharedArrayBuffer
}

/**
 * What the simulation worker posts back: progress while it runs, then `stopped` (when the stop
 * flag ended the draws: the main thread ends the worker then, rather than wait for quantiles of a
 * run that gives no result) or one of a result, the issues of an `InputError` (rebuilt as one on
 * the main thread, so it is reported as bad input, exit 2) or another error (a bug, exit 70).
 * Only plain data crosses threads.
 *
 * @example { kind: 'progress', done: 4700 }
 */
export type WorkerMessage =
  | { kind: 'progress'; done: number }
  | { kind: 'stopped'; done: number }
  | { kind: 'result'; result: SimulateResult }
  | { kind: 'input-error'; issues: InputIssue[] }
  | { kind: 'error'; message: string; stack?: string }
