import type { SimulationPart } from '@zonecast/core'
import type { SimulationOutcome, SimulationRun } from './simulation-run'
import type { MainMessage, WorkerMessage } from './worker-message'

/** The part of a `Worker` a run uses; tests pass an `EventEmitter` with `postMessage` and `terminate`. */
export interface WorkerLike {
  on(event: 'message', listener: (message: WorkerMessage) => void): unknown
  on(event: 'error', listener: (err: Error) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  postMessage(message: MainMessage, transfer: ArrayBuffer[]): unknown
  terminate(): unknown
}

/**
 * The main thread's side of a run's simulation workers, one per share of the draws: sums their
 * progress into progress calls; once every share has posted its part, sends all the parts to the
 * worker that finished last to combine (its core is loaded, and it is idle) and ends the others;
 * its result is the outcome. `stop` sets the flag all of them share; a worker that says it stopped
 * is ended at once, and once every share has stopped or posted its part, the outcome is `stopped`
 * with the draws done in all. An error of any worker rejects the outcome and ends them all.
 *
 * @param workers the workers, just started with a `WorkerData` holding `stopFlag`'s buffer
 * @param stopFlag the shared flag over that buffer
 * @param onProgress hears the draws done, summed over the workers
 * @example const run = attachSimulationRun(shares.map((s) => new Worker(url, { workerData })), flag, (done) => bar.update(done))
 */
export function attachSimulationRun(workers: readonly WorkerLike[], stopFlag: Int32Array, onProgress: (done: number) => void): SimulationRun {
  const done = workers.map(() => 0)
  const parts: (SimulationPart | undefined)[] = workers.map(() => undefined)
  const buffers: ArrayBuffer[][] = workers.map(() => [])
  const stopped = workers.map(() => false)
  // a worker ended on purpose: its messages and its exit mean nothing from then on
  const ended = workers.map(() => false)
  let killed = false
  let settled = false
  const end = (i: number) => {
    if (ended[i]) return
    ended[i] = true
    void workers[i]!.terminate()
  }
  const kill = () => {
    killed = true
    workers.forEach((_, i) => end(i))
  }
  const total = () => done.reduce((a, d) => a + d, 0)
  const outcome = new Promise<SimulationOutcome>((resolve, reject) => {
    const finish = (o: SimulationOutcome) => {
      settled = true
      resolve(o)
    }
    const fail = (err: unknown) => {
      settled = true
      kill()
      reject(err)
    }
    // after a share's end (stopped or its part): once all have ended, stopped, or combine on worker `last`
    const shareEnded = (last: number) => {
      if (parts.some((p, i) => p === undefined && !stopped[i])) return
      if (stopped.some(Boolean)) {
        finish({ kind: 'stopped', draws: total() })
        return kill()
      }
      workers.forEach((_, i) => i !== last && end(i))
      workers[last]!.postMessage({ kind: 'combine', parts: parts as SimulationPart[] }, buffers.flat())
    }
    workers.forEach((worker, i) => {
      worker.on('message', (message) => {
        if (killed || ended[i] || settled) return
        switch (message.kind) {
          case 'progress':
            done[i] = message.done
            return onProgress(total())
          case 'stopped':
            done[i] = message.done
            stopped[i] = true
            end(i)
            return shareEnded(i)
          case 'part':
            done[i] = message.part.done
            parts[i] = message.part
            buffers[i] = message.buffers
            return shareEnded(i)
          case 'result':
            return finish({ kind: 'done', result: message.result })
          case 'input-error': {
            // rebuilt as the core's own class, so the entry point reports it as bad input (exit 2)
            const issues = message.issues
            settled = true
            kill()
            return void import('@zonecast/core').then((core) => reject(new core.InputError(issues)), reject)
          }
          case 'error':
            return fail(workerError(message.message, message.stack))
        }
      })
      worker.on('error', (err) => {
        if (!killed && !ended[i] && !settled) fail(err)
      })
      // after a result this does nothing; before one, the thread died
      worker.on('exit', (code) => {
        if (!killed && !ended[i] && !settled) fail(new Error(`the simulation thread ended without a result (exit code ${code})`))
      })
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
