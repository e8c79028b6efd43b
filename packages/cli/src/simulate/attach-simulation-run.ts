import type { SimulationOutcome, SimulationRun } from './simulation-run'
import type { WorkerMessage } from './worker-message'

/** The part of a `Worker` a run listens to; tests pass an `EventEmitter` with a `terminate`. */
export interface WorkerLike {
  on(event: 'message', listener: (message: WorkerMessage) => void): unknown
  on(event: 'error', listener: (err: Error) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  terminate(): unknown
}

/**
 * The main thread's side of a simulation worker: turns its messages into progress calls and an
 * outcome, and its stop flag and `terminate` into `stop` and `kill`; ends the worker as soon as
 * it reports that it stopped.
 *
 * @param worker the worker, just started with a `WorkerData` holding `stopFlag`'s buffer
 * @param stopFlag the shared flag over that buffer
 * @param onProgress hears the draws done
 * @example const run = attachSimulationRun(new Worker(url, { workerData }), flag, (done) => bar.update(done))
 */
export function attachSimulationRun(worker: WorkerLike, stopFlag: Int32Array, onProgress: (done: number) => void): SimulationRun {
  let killed = false
  const kill = () => {
    killed = true
    void worker.terminate()
  }
  const outcome = new Promise<SimulationOutcome>((resolve, reject) => {
    worker.on('message', (message) => {
      if (killed) return
      switch (message.kind) {
        case 'progress':
          return onProgress(message.done)
        case 'result':
          return resolve({ kind: 'done', result: message.result })
        case 'stopped':
          resolve({ kind: 'stopped', draws: message.done })
          return kill()
        case 'input-error':
          // rebuilt as the core's own class, so the entry point reports it as bad input (exit 2)
          return void import('@zonecast/core').then((core) => reject(new core.InputError(message.issues)), reject)
        case 'error':
          return reject(workerError(message.message, message.stack))
      }
    })
    worker.on('error', (err) => {
      if (!killed) reject(err)
    })
    // after a result this does nothing (a promise settles once); before one, the thread died
    worker.on('exit', (code) => {
      if (!killed) reject(new Error(`the simulation thread ended without a result (exit code ${code})`))
    })
  })
  return { outcome, stop: () => void Atomics.store(stopFlag, 0, 1), kill }
}

// an error of the worker's, with the worker's stack (printed with ZONECAST_DEBUG=1)
function workerError(message: string, stack: string | undefined): Error {
  const err = new Error(message)
  if (stack !== undefined) err.stack = stack
  return err
}
