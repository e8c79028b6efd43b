import { DEFAULT_SEED, InputError, loadScenario, simulate } from '@zonecast/core'
import { PROGRESS_EVERY_DRAWS } from './simulation-run'
import type { WorkerData, WorkerMessage } from './worker-message'

/**
 * The simulation worker's work, apart from the thread so that tests run it in place: loads the
 * scenario, runs the Monte Carlo reporting progress, and posts the result or the error. When the
 * shared flag is set, the core's next stop poll posts `stopped` with the draws done and ends the
 * draws. Throws nothing: every outcome is a message.
 *
 * @param data the job and the stop flag (`workerData`)
 * @param post sends a message to the main thread (`parentPort.postMessage`)
 * @example runSimulationJob({ text, file: 'x.yaml', draws: 2000, seed: 1, stopFlag }, (m) => parentPort.postMessage(m))
 */
export function runSimulationJob(data: WorkerData, post: (message: WorkerMessage) => void): void {
  const stop = new Int32Array(data.stopFlag)
  // the core polls `shouldStop` right after reporting progress, so this is the count it stops at
  let done = 0
  let result
  try {
    result = simulate(loadScenario(data.text, data.file), {
      draws: data.draws,
      seed: data.seed ?? DEFAULT_SEED,
      progressEvery: PROGRESS_EVERY_DRAWS,
      onProgress: (d) => {
        done = d
        post({ kind: 'progress', done })
      },
      shouldStop: () => {
        if (Atomics.load(stop, 0) === 0) return false
        post({ kind: 'stopped', done })
        return true
      }
    })
  } catch (err) {
    if (err instanceof InputError) post({ kind: 'input-error', issues: err.issues })
    else post({ kind: 'error', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined })
    return
  }
  post({ kind: 'result', result })
}
