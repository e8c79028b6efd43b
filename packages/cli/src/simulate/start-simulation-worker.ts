import { Worker } from 'node:worker_threads'
import { attachSimulationRun } from './attach-simulation-run'
import type { StartSimulation } from './simulation-run'
import type { WorkerData } from './worker-message'

/**
 * Runs each Monte Carlo job on a worker thread loaded from `workerUrl` (the bundled
 * `dist/simulate-worker.js`): the core's loop is synchronous, and on the main thread it would
 * keep Node from running the SIGINT handler, and the progress bar, until the loop ended.
 *
 * @param workerUrl the bundled worker; `main.ts` names it next to itself, the one file whose place in `dist/` is fixed
 * @example startSimulationWorker(new URL('./simulate-worker.js', import.meta.url))(job, (done) => bar.update(done))
 */
export function startSimulationWorker(workerUrl: URL): StartSimulation {
  return (job, onProgress) => {
    const stopFlag = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
    const workerData: WorkerData = { ...job, stopFlag }
    return attachSimulationRun(new Worker(workerUrl, { workerData }), new Int32Array(stopFlag), onProgress)
  }
}
