import { EventEmitter } from 'node:events'
import { InputError } from '@zonecast/core'
import type { SimulateResult, SimulationPart } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { attachSimulationRun } from './attach-simulation-run'
import type { MainMessage, WorkerMessage } from './worker-message'

const result: SimulateResult = { draws: 1000, seed: 7, years: [2005], targets: [], quantiles: {}, stopped: false }

// a worker stand-in: the test emits its messages and events; `terminated` counts `terminate`
// calls, `received` what the main thread posted to it
function fakeWorker() {
  const worker = Object.assign(new EventEmitter(), {
    terminated: 0,
    received: [] as { message: MainMessage; transfer: ArrayBuffer[] }[],
    terminate: () => void worker.terminated++,
    postMessage: (message: MainMessage, transfer: ArrayBuffer[]) => void worker.received.push({ message, transfer }),
    post: (message: WorkerMessage) => void worker.emit('message', message)
  })
  return worker
}

function attachMany(count: number) {
  const workers = Array.from({ length: count }, fakeWorker)
  const flag = new Int32Array(new SharedArrayBuffer(4))
  const progress: number[] = []
  const run = attachSimulationRun(workers, flag, (done) => void progress.push(done))
  return { workers, flag, progress, run }
}

function attach() {
  const { workers, ...rest } = attachMany(1)
  return { worker: workers[0]!, ...rest }
}

// a share's part as a worker posts it (the accumulator is not looked at on the main thread)
function part(from: number, to: number, done = to - from): { kind: 'part'; part: SimulationPart; buffers: ArrayBuffer[] } {
  const buffer = new ArrayBuffer(8)
  const accumulator = { draws: buffer } as unknown as SimulationPart['accumulator']
  return { kind: 'part', part: { draws: 1000, seed: 7, from, to, done, years: [2005], targetIds: [], met: [], accumulator }, buffers: [buffer] }
}

describe('attachSimulationRun', () => {
  it('passes progress on, has the worker combine its part and resolves with the result', async () => {
    const { worker, progress, run } = attach()
    worker.post({ kind: 'progress', done: 100 })
    worker.post({ kind: 'progress', done: 200 })
    const posted = part(0, 1000)
    worker.post(posted)
    expect(worker.received).toEqual([{ message: { kind: 'combine', parts: [posted.part] }, transfer: posted.buffers }])
    worker.post({ kind: 'result', result })
    worker.emit('exit', 0)
    expect(await run.outcome).toEqual({ kind: 'done', result })
    expect(progress).toEqual([100, 200])
    expect(worker.terminated).toBe(0)
  })

  it('sums the progress of several workers, and combines every part on the one that finished last, ending the others', async () => {
    const { workers, progress, run } = attachMany(3)
    const [a, b, c] = workers as [ReturnType<typeof fakeWorker>, ReturnType<typeof fakeWorker>, ReturnType<typeof fakeWorker>]
    a.post({ kind: 'progress', done: 100 })
    b.post({ kind: 'progress', done: 100 })
    c.post({ kind: 'progress', done: 200 })
    const parts = [part(0, 334), part(334, 667), part(667, 1000)]
    c.post(parts[2]!)
    a.post(parts[0]!)
    expect(progress).toEqual([100, 200, 400])
    expect(workers.map((w) => w.received.length)).toEqual([0, 0, 0])
    b.post(parts[1]!)
    expect(b.received).toEqual([{ message: { kind: 'combine', parts: parts.map((p) => p.part) }, transfer: parts.flatMap((p) => p.buffers) }])
    expect(workers.map((w) => w.terminated)).toEqual([1, 0, 1])
    // the ended workers' exits are no failure
    a.emit('exit', 1)
    b.post({ kind: 'result', result })
    expect(await run.outcome).toEqual({ kind: 'done', result })
  })

  it('with several workers, is stopped once each has stopped or posted its part, with the draws done in all', async () => {
    const { workers, run } = attachMany(2)
    const [a, b] = workers as [ReturnType<typeof fakeWorker>, ReturnType<typeof fakeWorker>]
    run.stop()
    a.post({ kind: 'stopped', done: 300 })
    expect(a.terminated).toBe(1)
    const settled = await Promise.race([run.outcome.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))])
    expect(settled).toBe(false)
    // b was past its last poll: its whole share
    b.post(part(500, 1000))
    expect(await run.outcome).toEqual({ kind: 'stopped', draws: 800 })
    expect(b.received).toEqual([])
    expect(b.terminated).toBe(1)
  })

  it('ends every worker on an error of one', async () => {
    const { workers, run } = attachMany(2)
    workers[1]!.post({ kind: 'error', message: 'boom' })
    await expect(run.outcome).rejects.toThrow('boom')
    expect(workers.map((w) => w.terminated)).toEqual([1, 1])
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
