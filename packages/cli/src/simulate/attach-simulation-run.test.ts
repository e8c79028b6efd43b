import { EventEmitter } from 'node:events'
import { InputError } from '@zonecast/core'
import type { SimulateResult } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { attachSimulationRun } from './attach-simulation-run'
import type { WorkerMessage } from './worker-message'

const result: SimulateResult = { draws: 1000, seed: 7, years: [2005], targets: [], quantiles: {}, stopped: false }

// a worker stand-in: the test emits its messages and events; `terminated` counts `terminate` calls
function fakeWorker() {
  const worker = Object.assign(new EventEmitter(), {
    terminated: 0,
    terminate: () => void worker.terminated++,
    post: (message: WorkerMessage) => void worker.emit('message', message)
  })
  return worker
}

function attach() {
  const worker = fakeWorker()
  const flag = new Int32Array(new SharedArrayBuffer(4))
  const progress: number[] = []
  const run = attachSimulationRun(worker, flag, (done) => void progress.push(done))
  return { worker, flag, progress, run }
}

describe('attachSimulationRun', () => {
  it('passes progress on and resolves with the result', async () => {
    const { worker, progress, run } = attach()
    worker.post({ kind: 'progress', done: 100 })
    worker.post({ kind: 'progress', done: 200 })
    worker.post({ kind: 'result', result })
    worker.emit('exit', 0)
    expect(await run.outcome).toEqual({ kind: 'done', result })
    expect(progress).toEqual([100, 200])
  })

  it('stops by the shared flag, and ends the worker once it says it stopped', async () => {
    const { worker, flag, run } = attach()
    run.stop()
    expect(Atomics.load(flag, 0)).toBe(1)
    expect(worker.terminated).toBe(0)
    worker.post({ kind: 'stopped', done: 300 })
    expect(await run.outcome).toEqual({ kind: 'stopped', draws: 300 })
    expect(worker.terminated).toBe(1)
  })

  it('rebuilds an InputError, so it is reported as bad input', async () => {
    const { worker, run } = attach()
    const issues = [{ path: ['--draws'], message: '0 is not a positive whole number of draws' }]
    worker.post({ kind: 'input-error', issues })
    const err = await run.outcome.catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect(err).toMatchObject({ issues })
  })

  it('rejects with the worker’s other errors, its stack kept', async () => {
    const { worker, run } = attach()
    worker.post({ kind: 'error', message: 'boom', stack: 'Error: boom\n    at simulate' })
    await expect(run.outcome).rejects.toMatchObject({ message: 'boom', stack: 'Error: boom\n    at simulate' })
  })

  it('rejects when the thread fails or ends without a result', async () => {
    const failing = attach()
    failing.worker.emit('error', new Error('out of memory'))
    await expect(failing.run.outcome).rejects.toThrow('out of memory')
    const ended = attach()
    ended.worker.emit('exit', 1)
    await expect(ended.run.outcome).rejects.toThrow('the simulation thread ended without a result (exit code 1)')
  })

  it('after kill, terminates the worker and ignores it from then on', async () => {
    const { worker, progress, run } = attach()
    run.kill()
    worker.post({ kind: 'progress', done: 100 })
    worker.emit('exit', 1)
    expect(worker.terminated).toBe(1)
    expect(progress).toEqual([])
    // never settles: a rejection here would go unhandled
    const settled = await Promise.race([run.outcome.then(() => true, () => true), new Promise((r) => setTimeout(() => r(false), 20))])
    expect(settled).toBe(false)
  })
})
