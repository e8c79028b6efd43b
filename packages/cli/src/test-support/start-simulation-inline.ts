import { DEFAULT_SEED, simulate } from '@zonecast/core'
import { loadJobScenario } from '../simulate/load-job-scenario'
import { PROGRESS_EVERY_DRAWS } from '../simulate/simulation-run'
import type { SimulationOutcome, StartSimulation } from '../simulate/simulation-run'

/**
 * A `StartSimulation` for tests: the core's `simulate` on the calling thread, with the worker's
 * options, so a command runs without the bundled worker. `stop` is seen at the next progress
 * poll only if called from `onProgress` (the loop does not yield); `kill` does nothing.
 *
 * @example const io = fakeIo(files); io.startSimulation = startSimulationInline
 */
export const startSimulationInline: StartSimulation = (job, onProgress) => {
  let stopAsked = false
  const outcome = Promise.resolve().then((): SimulationOutcome => {
    const result = simulate(loadJobScenario(job), {
      draws: job.draws,
      seed: job.seed ?? DEFAULT_SEED,
      progressEvery: PROGRESS_EVERY_DRAWS,
      onProgress,
      shouldStop: () => stopAsked
    })
    return result.stopped ? { kind: 'stopped', draws: result.draws } : { kind: 'done', result }
  })
  return { outcome, stop: () => void (stopAsked = true), kill: () => undefined }
}
