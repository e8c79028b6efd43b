import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { combineJob, runSimulationJob } from './run-simulation-job'
import { PROGRESS_EVERY_DRAWS, PROGRESS_POST_EVERY_DRAWS } from './simulation-run'
import type { WorkerData, WorkerMessage } from './worker-message'

const file = 'scenarios/jilin-2006-2010.yaml'
const text = readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8')

// runs the worker's job on this thread; `onMessage` may act on each message as it is posted
function run(job: Partial<WorkerData>, onMessage: (m: WorkerMessage, flag: Int32Array) => void = () => {}): WorkerMessage[] {
  const stopFlag = new SharedArrayBuffer(4)
  const flag = new Int32Array(stopFlag)
  const messages: WorkerMessage[] = []
  const draws = job.draws ?? 500
  runSimulationJob({ text, file, draws, from: 0, to: draws, stopFlag, ...job }, (m) => {
    messages.push(m)
    onMessage(m, flag)
  })
  return messages
}

describe('runSimulationJob', () => {
  it(`reports progress every ${PROGRESS_POST_EVERY_DRAWS} draws and at the end, then its part with its buffers, with the default seed`, () => {
    const messages = run({ draws: 2450 })
    expect(messages.slice(0, -1)).toEqual([1000, 2000, 2450].map((done) => ({ kind: 'progress', done })))
    const last = messages.at(-1)!
    expect(last).toMatchObject({ kind: 'part', part: { draws: 2450, from: 0, to: 2450, done: 2450, seed: 20_260_101 } })
    if (last.kind !== 'part') throw new Error('no part')
    // the accumulator's 18 ArrayBuffers, as QuantileAccumulator.transferList lists them
    expect(last.buffers).toHaveLength(18)
    expect(last.buffers.every((b) => b instanceof ArrayBuffer)).toBe(true)
  })

  it('runs its share only, counting progress within it; shares combine to the one-share result', () => {
    const share = run({ draws: 450, from: 200, to: 450 })
    expect(share.slice(0, -1)).toEqual([{ kind: 'progress', done: 250 }])
    const parts = [run({ draws: 450, from: 0, to: 200 }), share].map((m) => m.at(-1)!).map((m) => (m.kind === 'part' ? m.part : undefined)!)
    const whole = run({ draws: 450 }).at(-1)!
    const combined: WorkerMessage[] = []
    const alone: WorkerMessage[] = []
    combineJob(parts, (m) => void combined.push(m))
    combineJob([(whole as Extract<WorkerMessage, { kind: 'part' }>).part], (m) => void alone.push(m))
    expect(combined).toMatchObject([{ kind: 'result', result: { draws: 450, stopped: false } }])
    expect(JSON.stringify(combined)).toBe(JSON.stringify(alone))
  })

  it('stops at the poll after the flag is set, and says after how many draws', () => {
    // the core polls right after each progress call: a flag set while draw 1000 is reported stops it there
    const messages = run({ draws: 3000, seed: 3 }, (m, flag) => {
      if (m.kind === 'progress' && m.done === 1000) Atomics.store(flag, 0, 1)
    })
    expect(messages.slice(0, 3)).toEqual([
      { kind: 'progress', done: 1000 },
      { kind: 'stopped', done: 1000 },
      { kind: 'progress', done: 1000 }
    ])
    // the core still ends its stopped share with its part, which the main thread does not wait for
    expect(messages.slice(3)).toMatchObject([{ kind: 'part', part: { draws: 3000, done: 1000 } }])
  })

  it(`polls the flag every ${PROGRESS_EVERY_DRAWS} draws, between progress messages`, () => {
    const stopFlag = new SharedArrayBuffer(4)
    Atomics.store(new Int32Array(stopFlag), 0, 1)
    const messages: WorkerMessage[] = []
    runSimulationJob({ text, file, draws: 3000, from: 0, to: 3000, stopFlag }, (m) => void messages.push(m))
    expect(messages).toMatchObject([{ kind: 'stopped', done: PROGRESS_EVERY_DRAWS }, { kind: 'part', part: { done: PROGRESS_EVERY_DRAWS } }])
  })

  it('posts an InputError’s issues as data, for a bad draw count or a bad scenario', () => {
    expect(run({ draws: 0 })).toEqual([{ kind: 'input-error', issues: [expect.objectContaining({ path: ['--draws'] })] }])
    expect(run({ text: 'id: [\n' })).toEqual([{ kind: 'input-error', issues: [expect.objectContaining({ file, line: 2 })] }])
  })
})
