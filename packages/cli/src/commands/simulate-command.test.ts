import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { reportError } from '../cli/report-error'
import { SHOW_AFTER_MS } from '../progress/progress-bar'
import { fakeIo } from '../test-support/fake-io'
import type { FakeIo } from '../test-support/fake-io'
import { startSimulationInline } from '../test-support/start-simulation-inline'
import { simulateCommand } from './simulate-command'

// the real core on a seed scenario, run on this thread (the bundled worker is tested end to end in test/)
const files = { 'jilin.yaml': readFileSync(new URL('../../../../scenarios/jilin-2006-2010.yaml', import.meta.url), 'utf8') }
/** Milliseconds each progress report moves the fake clock on: 10 reports of 100 draws pass the bar's delay. */
const msPerReport = SHOW_AFTER_MS / 10

// an io at a terminal or not, whose clock moves on with each progress report, and whose user
// presses Ctrl-C when `interruptAt` draws are reported
function slowIo(options: { terminal: boolean; interruptAt?: number }): FakeIo {
  const io = fakeIo(files)
  io.isTerminal = options.terminal
  io.startSimulation = (job, onProgress) =>
    startSimulationInline(job, (done) => {
      io.time += msPerReport
      onProgress(done)
      if (done === options.interruptAt) io.interrupt()
    })
  return io
}

describe('simulateCommand', () => {
  it('prints the simulation, with the draws and the seed asked for', async () => {
    const io = fakeIo(files)
    expect(await simulateCommand({ file: 'jilin.yaml', draws: 300, seed: 7, lang: 'en' }, io)).toBe(0)
    expect(io.out).toMatch(/^300 draws, seed 7\n/)
    expect(io.err).toBe('')
  })

  it('shows a progress bar on standard error at a terminal, and erases it before the result', async () => {
    const io = slowIo({ terminal: true })
    await simulateCommand({ file: 'jilin.yaml', draws: 2000, lang: 'en' }, io)
    expect(io.err).toContain('\rsimulating ')
    expect(io.err).toContain(' 1,000/2,000 draws')
    expect(io.err.endsWith('\r\x1b[K')).toBe(true)
    expect(io.out).toMatch(/^2,000 draws, seed 20260101\n/)
  })

  it.each([
    ['when an output is not a terminal', false, {}],
    ['with --json', true, { json: true }],
    ['with --quiet', true, { quiet: true }]
  ])('shows no bar %s', async (_case, terminal, flags) => {
    const io = slowIo({ terminal })
    await simulateCommand({ file: 'jilin.yaml', draws: 2000, lang: 'en', ...flags }, io)
    expect(io.err).toBe('')
    expect(io.out).not.toBe('')
  })

  it('stops on Ctrl-C at the next poll: nothing on standard output, the bar erased, exit 130', async () => {
    const io = slowIo({ terminal: true, interruptAt: 1500 })
    const err = await simulateCommand({ file: 'jilin.yaml', draws: 100_000, lang: 'en' }, io).catch((e: unknown) => e)
    expect(io.out).toBe('')
    expect(io.err.endsWith('\r\x1b[K')).toBe(true)
    expect(io.interruptListeners()).toBe(0)
    // what the entry point then prints and exits with
    const shown = fakeIo()
    expect(await reportError(err, shown, false)).toBe(130)
    expect(shown.err).toBe('zonecast: stopped after 1,500 of 100,000 draws\n')
  })

  it('reports a bad draw count as bad input, exit 2', async () => {
    const err = await simulateCommand({ file: 'jilin.yaml', draws: 0, lang: 'en' }, fakeIo(files)).catch((e: unknown) => e)
    const shown = fakeIo()
    expect(await reportError(err, shown, false)).toBe(2)
    expect(shown.err).toContain('--draws: 0 is not a positive whole number')
  })
})
