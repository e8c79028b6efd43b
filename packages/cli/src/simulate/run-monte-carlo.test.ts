import type { SimulateResult } from '@zonecast/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CliError } from '../cli/cli-error'
import { exitCodes } from '../cli/exit-codes'
import { REDRAW_INTERVAL_MS, SHOW_AFTER_MS } from '../progress/progress-bar'
import { fakeIo } from '../test-support/fake-io'
import type { FakeIo } from '../test-support/fake-io'
import { runMonteCarlo } from './run-monte-carlo'
import type { SimulationOutcome } from './simulation-run'

const job = { text: 'id: x\n', file: 'x.yaml', draws: 1000, seed: 7 }

function result(draws: number, stopped = false): SimulateResult {
  return { draws, seed: 7, years: [2005], targets: [], quantiles: {}, stopped }
}

// an io whose Monte Carlo run the test drives: `progress` reports draws, `settle` ends the run
function drivenIo(terminal = false) {
  const io: FakeIo = fakeIo()
  io.isTerminal = terminal
  const run = {
    stops: 0,
    kills: 0,
    progress: (_done: number) => {},
    settle: (_outcome: SimulationOutcome) => {},
    fail: (_err: unknown) => {}
  }
  io.startSimulation = (_job, onProgress) => {
    run.progress = onProgress
    const outcome = new Promise<SimulationOutcome>((resolve, reject) => {
      run.settle = resolve
      run.fail = reject
    })
    return { outcome, stop: () => void run.stops++, kill: () => void run.kills++ }
  }
  return { io, run }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('runMonteCarlo', () => {
  it('returns the result, ends the run’s thread and stops listening for Ctrl-C', async () => {
    const { io, run } = drivenIo()
    const running = runMonteCarlo(job, io, false)
    expect(io.interruptListeners()).toBe(1)
    run.progress(500)
    run.settle({ kind: 'done', result: result(1000) })
    expect(await running).toEqual(result(1000))
    expect(io.interruptListeners()).toBe(0)
    expect(run.kills).toBe(1)
    expect(io.err).toBe('')
  })

  it('draws the bar on standard error when asked, and erases it at the end', async () => {
    const { io, run } = drivenIo(true)
    const running = runMonteCarlo(job, io, true)
    io.time = SHOW_AFTER_MS + 500
    run.progress(500)
    run.settle({ kind: 'done', result: result(1000) })
    await running
    // half the draws in 1.5 s: 1.5 s left; a 30-cell bar, half filled; then the line erased
    expect(io.err).toBe(`\rsimulating ${'█'.repeat(15)}${'░'.repeat(15)} 50% 500/1,000 draws  1.5 s left\x1b[K\r\x1b[K`)
    expect(io.out).toBe('')
  })

  it('draws nothing when not asked, however long the run', async () => {
    const { io, run } = drivenIo(true)
    const running = runMonteCarlo(job, io, false)
    io.time = 60_000
    run.progress(500)
    run.settle({ kind: 'done', result: result(1000) })
    await running
    expect(io.err).toBe('')
  })

  it('stops the draws on Ctrl-C and ends with exit 130 and the draws done, the bar erased', async () => {
    const { io, run } = drivenIo(true)
    const running = runMonteCarlo(job, io, true)
    io.time = SHOW_AFTER_MS
    run.progress(300)
    io.interrupt()
    expect(run.stops).toBe(1)
    expect(run.kills).toBe(0)
    // the worker's next poll stops it
    run.progress(400)
    run.settle({ kind: 'stopped', draws: 400 })
    const err = await running.catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CliError)
    expect(err).toMatchObject({ message: 'stopped after 400 of 1,000 draws', exitCode: exitCodes.interrupted })
    expect(exitCodes.interrupted).toBe(130)
    expect(io.err.endsWith('\r\x1b[K')).toBe(true)
    expect(io.interruptListeners()).toBe(0)
    expect(run.kills).toBe(1)
  })

  it('ends the run at once on a second Ctrl-C, without waiting for it', async () => {
    const { io, run } = drivenIo()
    const running = runMonteCarlo(job, io, false)
    run.progress(300)
    io.interrupt()
    io.interrupt()
    // the run never answers: the second Ctrl-C does not wait for it
    await expect(running).rejects.toMatchObject({ message: 'stopped after 300 of 1,000 draws', exitCode: 130 })
    expect(run.kills).toBeGreaterThanOrEqual(1)
    expect(io.interruptListeners()).toBe(0)
  })

  it('ends the run at once on Ctrl-C once the draws are over: only its quantiles are left, and nobody will read them', async () => {
    const { io, run } = drivenIo()
    const running = runMonteCarlo(job, io, false)
    run.progress(1000)
    io.interrupt()
    expect(run.stops).toBe(0)
    await expect(running).rejects.toMatchObject({ message: 'stopped after 1,000 of 1,000 draws', exitCode: 130 })
  })

  it('gives no result after a Ctrl-C that came too late to stop the draws', async () => {
    const { io, run } = drivenIo()
    const running = runMonteCarlo(job, io, false)
    run.progress(900)
    io.interrupt()
    run.settle({ kind: 'done', result: result(1000) })
    await expect(running).rejects.toMatchObject({ message: 'stopped after 1,000 of 1,000 draws', exitCode: 130 })
  })

  it('passes the run’s errors on, cleaning up as well', async () => {
    const { io, run } = drivenIo(true)
    const running = runMonteCarlo(job, io, true)
    io.time = SHOW_AFTER_MS
    run.progress(100)
    const boom = new RangeError('boom')
    run.fail(boom)
    await expect(running).rejects.toBe(boom)
    expect(io.err.endsWith('\r\x1b[K')).toBe(true)
    expect(io.interruptListeners()).toBe(0)
    expect(run.kills).toBe(1)
  })

  it('keeps the bar moving between progress reports: it appears while the quantiles are computed', async () => {
    vi.useFakeTimers()
    const { io, run } = drivenIo(true)
    const running = runMonteCarlo(job, io, true)
    // the draws are over before the bar is due
    io.time = 400
    run.progress(1000)
    expect(io.err).toBe('')
    io.time = SHOW_AFTER_MS + 100
    vi.advanceTimersByTime(REDRAW_INTERVAL_MS)
    expect(io.err).toContain('100% 1,000/1,000 draws  computing quantiles')
    run.settle({ kind: 'done', result: result(1000) })
    await running
    const written = io.err
    vi.advanceTimersByTime(10 * REDRAW_INTERVAL_MS)
    expect(io.err).toBe(written)
  })
})
