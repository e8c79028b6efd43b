import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { attachSimulationRun } from './attach-simulation-run'
import type { StartSimulation } from './simulation-run'
import { splitDraws } from './split-draws'
import type { WorkerData } from './worker-message'

/**
 * The most worker threads a run starts: the CPUs Node may use. More would only share the same
 * cores (each share also repeats the run's pilot draws and loads the core again).
 */
export const MAX_THREADS = availableParallelism()

/**
 * Runs each Monte Carlo job on worker threads loaded from `workerUrl` (the bundled
 * `dist/simulate-worker.js`), `job.threads` of them (at most `MAX_THREADS`, and at most one per
 * draw), each on a contiguous share of the draws: the core's loop is synchronous, and on the main
 * thread it would keep Node from running the SIGINT handler, and the progress bar, until the loop
 * ended. The result is the same however many threads share the draws.
 *
 * @param workerUrl the bundled worker; `main.ts` names it next to itself, the one file whose place in `dist/` is fixed
 * @example startSimulationWorker(new URL('./simulate-worker.js', import.meta.url))(job, (done) => bar.update(done))
 */
export function startSimulationWorker(workerUrl: URL): StartSimulation {
  return ({ threads = 1, ...job }, onProgress) => {
    // loaded here, not at the top: every command starts with this module, few run a simulation,
    // and loading worker_threads takes ~3.5 ms
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
    const stopFlag = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
    const workers = splitDraws(job.draws, Math.min(threads, MAX_THREADS)).map(([from, to]) => {
      const workerData: WorkerData = { ...job, from, to, stopFlag }
      return new Worker(workerUrl, { workerData })
    })
    return attachSimulationRun(workers, new Int32Array(stopFlag), onProgress)
  }
}
