import { combineParts, DEFAULT_SEED, InputError, simulatePart } from '@zonecast/core'
import type { SimulationPart } from '@zonecast/core'
import { loadJobScenario } from './load-job-scenario'
import { PROGRESS_EVERY_DRAWS, PROGRESS_POST_EVERY_DRAWS } from './simulation-run'
import type { WorkerData, WorkerMessage } from './worker-message'

/** Sends a message to the main thread, moving the listed ArrayBuffers (`parentPort.postMessage`). */
export type PostMessage = (message: WorkerMessage, transfer?: ArrayBuffer[]) => void

/**
 * A simulation worker's share of a run, apart from the thread so that tests run it in place:
 * loads the scenario, runs the share's draws (`simulatePart`) reporting progress (the draws done
 * of the share, every `PROGRESS_POST_EVERY_DRAWS` draws and at its end), and posts the
 * part (its buffers moved, not copied) or the error. When the shared flag is set, the core's next
 * stop poll posts `stopped` with the draws done and ends the draws. Throws nothing: every outcome
 * is a message.
 *
 * @param data the job, the share and the stop flag (`workerData`)
 * @param post sends a message to the main thread
 * @returns whether the part was posted (the worker then waits for a `combine`)
 * @example runSimulationJob({ text, file: 'x.yaml', draws: 2000, seed: 1, from: 0, to: 1000, stopFlag }, (m, t) => parentPort.postMessage(m, t))
 */
export function runSimulationJob(data: WorkerData, post: PostMessage): boolean {
  const stop = new Int32Array(data.stopFlag)
  // the core polls `shouldStop` right after reporting progress, so this is the count it stops at
  let done = 0
  const size = data.to - data.from
  let part
  try {
    part = simulatePart(loadJobScenario(data), {
      draws: data.draws,
      seed: data.seed ?? DEFAULT_SEED,
      from: data.from,
      to: data.to,
      progressEvery: PROGRESS_EVERY_DRAWS,
      onProgress: (d) => {
        done = d
        if (d % PROGRESS_POST_EVERY_DRAWS === 0 || d === size) post({ kind: 'progress', done })
      },
      shouldStop: () => {
        if (Atomics.load(stop, 0) === 0) return false
        post({ kind: 'stopped', done })
        return true
      }
    })
  } catch (err) {
    postError(err, post)
    return false
  }
  const buffers = partBuffers(part)
  post({ kind: 'part', part, buffers }, buffers)
  return true
}

/**
 * Combines the parts of every share into the run's result and posts it (or the error).
 *
 * @example combineJob([partA, partB], (m) => parentPort.postMessage(m))
 */
export function combineJob(parts: readonly SimulationPart[], post: PostMessage): void {
  let result
  try {
    result = combineParts(parts)
  } catch (err) {
    return postError(err, post)
  }
  post({ kind: 'result', result })
}

/**
 * The ArrayBuffers of a part (its accumulator's arrays), to move rather than copy across threads.
 *
 * @example partBuffers(part).length // => 11
 */
export function partBuffers(part: SimulationPart): ArrayBuffer[] {
  return Object.values(part.accumulator).filter((v): v is ArrayBuffer => v instanceof ArrayBuffer)
}

// an error as a message: an InputError's issues as data, anything else with its stack
function postError(err: unknown, post: PostMessage): void {
  if (err instanceof InputError) post({ kind: 'input-error', issues: err.issues })
  else post({ kind: 'error', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined })
}
