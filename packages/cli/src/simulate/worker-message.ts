import type { InputIssue, SimulateResult, SimulationPart } from '@zonecast/core'
import type { SimulationJob } from './simulation-run'

/**
 * What a simulation worker gets at its start (`workerData`): the job, its share of the draws, and
 * a shared flag that the main thread sets to 1 to stop the run (read with `Atomics.load`; the
 * worker's loop is synchronous, so a message would not reach it before the loop ends). All the
 * run's workers share the one flag.
 */
export interface WorkerData extends Omit<SimulationJob, 'threads'> {
  /** the share: draws `from`…`to − 1` of the run's `draws` */
  from: number
  to: number
  /** a `SharedArrayBuffer` of one Int32: 0 run, 1 stop */
  stopFlag: SharedArrayBuffer
}

/**
 * What a simulation worker posts back: progress (draws done of its share) while it runs, then
 * `stopped` (when the stop flag ended the draws: the main thread ends the worker then, rather than
 * wait for a run that gives no result) or its `part` (with the part's ArrayBuffers, moved rather
 * than copied, listed so the main thread can move them on); and, after a `combine`, the `result`.
 * Instead of any of these, the issues of an `InputError` (rebuilt as one on the main thread, so it
 * is reported as bad input, exit 2) or another error (a bug, exit 70). Only plain data crosses threads.
 *
 * @example { kind: 'progress', done: 4700 }
 */
export type WorkerMessage =
  | { kind: 'progress'; done: number }
  | { kind: 'stopped'; done: number }
  | { kind: 'part'; part: SimulationPart; buffers: ArrayBuffer[] }
  | { kind: 'result'; result: SimulateResult }
  | { kind: 'input-error'; issues: InputIssue[] }
  | { kind: 'error'; message: string; stack?: string }

/**
 * What the main thread posts to a worker that has posted its part: combine every share's part
 * into the run's result (on a worker, where the core is loaded already; the main thread does not
 * load it for `simulate`).
 *
 * @example { kind: 'combine', parts: [partA, partB] }
 */
export type MainMessage = { kind: 'combine'; parts: SimulationPart[] }
