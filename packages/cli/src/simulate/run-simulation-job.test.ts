import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runSimulationJob } from './run-simulation-job'
import { PROGRESS_EVERY_DRAWS } from './simulation-run'
import type { WorkerData, WorkerMessage } from './worker-message'

const file = 'scenarios/jilin-2006-2010.yaml'
const text = readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8')

// runs the worker's job on this thread; `onMessage` may act on each message as it is posted
function run(job: Partial<WorkerData>, onMessage: (m: WorkerMessage, flag: Int32Array) => void = () => {}): WorkerMessage[] {
  const stopFlag = new SharedArrayBuffer(4)
  const flag = new Int32Array(stopFlag)
  const messages: WorkerMessage[] = []
  runSimulationJob({ text, file, draws: 500, stopFlag, ...job }, (m) => {
    messages.push(m)
    onMessage(m, flag)
  })
  return messages
}

describe('runSimulationJob', () => {
  it(`reports progress every ${PROGRESS_EVERY_DRAWS} draws and at the end, then the result, with the default seed`, () => {
    const messages = run({ draws: 450 })
    expect(messages.slice(0, -1)).toEqual([100, 200, 300, 400, 450].map((done) => ({ kind: 'progress', done })))
    expect(messages.at(-1)).toMatchObject({ kind: 'result', result: { draws: 450, seed: 20_260_101, stopped: false } })
  })

  it('stops at the poll after the flag is set, and says after how many draws', () => {
    // the core polls right after each progress report: a flag set while draw 200 is reported stops it there
    const messages = run({ draws: 1000, seed: 3 }, (m, flag) => {
      if (m.kind === 'progress' && m.done === 200) Atomics.store(flag, 0, 1)
    })
    expect(messages.slice(0, 4)).toEqual([
      { kind: 'progress', done: 100 },
      { kind: 'progress', done: 200 },
      { kind: 'stopped', done: 200 },
      { kind: 'progress', done: 200 }
    ])
    // the core still ends its stopped run with a result, which the main thread does not wait for
    expect(messages.slice(4)).toMatchObject([{ kind: 'result', result: { draws: 200, stopped: true } }])
  })

  it('posts an InputError’s issues as data, for a bad draw count or a bad scenario', () => {
    expect(run({ draws: 0 })).toEqual([{ kind: 'input-error', issues: [expect.objectContaining({ path: ['--draws'] })] }])
    expect(run({ text: 'id: [\n' })).toEqual([{ kind: 'input-error', issues: [expect.objectContaining({ file, line: 2 })] }])
  })
})
