import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderCheck } from '../check/render-check'
import { buildParser } from '../cli/build-parser'
import { checkFixture, passingCheckFixture } from '../test-support/check-fixture'
import { fakeIo } from '../test-support/fake-io'
import type { SimulationOutcome, StartSimulation } from '../simulate/simulation-run'
import { check } from './check-command'

// the core stands in with hand-made results: these tests are about the command, not the checks
const core = vi.hoisted(() => ({
  loadScenario: vi.fn((text: string, file: string) => ({ text, file })),
  realiseScenario: vi.fn((s: object) => s),
  checkScenario: vi.fn(),
  attachProbabilities: vi.fn((result: object, simulation: object) => ({ ...result, simulation })),
  parseSetOption: vi.fn(),
  withHistoryFile: vi.fn(),
  DEFAULT_SEED: 99
}))
vi.mock('@zonecast/core', () => core)

const files = { 'x.yaml': 'id: test-zone\n' }

beforeEach(() => {
  vi.clearAllMocks()
})

describe('check', () => {
  it('prints targets, findings and notes and exits 1 when a target is missed', async () => {
    core.checkScenario.mockReturnValue(checkFixture())
    const io = fakeIo(files)
    expect(await check({ file: 'x.yaml', lang: 'en' }, io)).toBe(1)
    expect(core.checkScenario).toHaveBeenCalledWith({ text: 'id: test-zone\n', file: 'x.yaml' })
    expect(io.out).toBe(renderCheck(checkFixture(), { lang: 'en' }))
    expect(io.err).toBe('')
  })

  it('exits 0 when every target is met', async () => {
    core.checkScenario.mockReturnValue(passingCheckFixture())
    expect(await check({ file: 'x.yaml', lang: 'en' }, fakeIo(files))).toBe(0)
    expect(await check({ file: 'x.yaml', lang: 'en', strict: true }, fakeIo(files))).toBe(0)
  })

  it('exits 1 under --strict when a finding is a warning', async () => {
    core.checkScenario.mockReturnValue({ ...passingCheckFixture(), findings: checkFixture().findings })
    expect(await check({ file: 'x.yaml', lang: 'en' }, fakeIo(files))).toBe(0)
    expect(await check({ file: 'x.yaml', lang: 'en', strict: true }, fakeIo(files))).toBe(1)
  })

  it('prints the check result as JSON with --json, keeping the exit code', async () => {
    core.checkScenario.mockReturnValue(checkFixture())
    const io = fakeIo(files)
    expect(await check({ file: 'x.yaml', lang: 'en', json: true }, io)).toBe(1)
    expect(JSON.parse(io.out)).toEqual(checkFixture())
  })

  it('labels in Chinese and leaves notes out with --quiet', async () => {
    core.checkScenario.mockReturnValue(checkFixture())
    const io = fakeIo(files)
    await check({ file: 'x.yaml', lang: 'zh', quiet: true }, io)
    expect(io.out).toBe(renderCheck(checkFixture(), { lang: 'zh', quiet: true }))
    expect(io.out).toContain('測試開發區')
  })

  it('adds the Monte Carlo run’s probabilities with --draws, the default seed when none is given', async () => {
    core.checkScenario.mockReturnValue(passingCheckFixture())
    const io = fakeIo(files)
    const jobs: unknown[] = []
    const simulation = { draws: 500, stopped: false }
    io.startSimulation = (job) => {
      jobs.push(job)
      return { outcome: Promise.resolve({ kind: 'done', result: simulation } as SimulationOutcome), stop: () => {}, kill: () => {} }
    }
    expect(await check({ file: 'x.yaml', lang: 'en', draws: 500, json: true }, io)).toBe(0)
    expect(jobs).toEqual([{ text: 'id: test-zone\n', file: 'x.yaml', draws: 500, seed: 99, threads: 1, overrides: [] }])
    expect(core.attachProbabilities).toHaveBeenCalledWith(passingCheckFixture(), simulation)
  })

  it('passes --threads on to the run, and refuses one that is not a positive whole number', async () => {
    core.checkScenario.mockReturnValue(passingCheckFixture())
    const io = fakeIo(files)
    const jobs: unknown[] = []
    io.startSimulation = (job) => {
      jobs.push(job)
      return { outcome: Promise.resolve({ kind: 'done', result: { draws: 500, stopped: false } } as SimulationOutcome), stop: () => {}, kill: () => {} }
    }
    await check({ file: 'x.yaml', lang: 'en', draws: 500, threads: 2, json: true }, io)
    expect(jobs).toEqual([expect.objectContaining({ threads: 2 })])
    await expect(check({ file: 'x.yaml', lang: 'en', draws: 500, threads: 0 }, io)).rejects.toMatchObject({ message: '--threads: 0 is not a positive whole number of threads; e.g. --threads 2', exitCode: 2 })
  })

  it('prints nothing and ends with exit 130 when Ctrl-C stops the Monte Carlo', async () => {
    core.checkScenario.mockReturnValue(checkFixture())
    const io = fakeIo(files)
    // a run that stops after 300 draws when asked, and whose user presses Ctrl-C at once
    const stoppable: StartSimulation = (_job, onProgress) => {
      let stop = () => {}
      const outcome = new Promise<SimulationOutcome>((resolve) => (stop = () => resolve({ kind: 'stopped', draws: 300 })))
      queueMicrotask(() => {
        onProgress(300)
        io.interrupt()
      })
      return { outcome, stop: () => stop(), kill: () => {} }
    }
    io.startSimulation = stoppable
    await expect(check({ file: 'x.yaml', lang: 'en', draws: 1000 }, io)).rejects.toMatchObject({ message: 'stopped after 300 of 1,000 draws', exitCode: 130 })
    expect(io.out).toBe('')
    expect(core.attachProbabilities).not.toHaveBeenCalled()
  })

  it('passes read errors on with exit code 2', async () => {
    await expect(check({ file: 'nope.yaml', lang: 'en' }, fakeIo())).rejects.toMatchObject({ exitCode: 2 })
    expect(core.checkScenario).not.toHaveBeenCalled()
  })
})

describe('zonecast check, parsed and run', () => {
  // the whole path main.ts takes, short of the process: the exit code reaches onExitCode
  async function exitCode(args: string[]): Promise<number | undefined> {
    let code: number | undefined
    await buildParser(args, { io: fakeIo(files), onExitCode: (c) => (code = c) }).parseAsync()
    return code
  }

  it('hands 0, 1 and the --strict 1 to the entry point', async () => {
    core.checkScenario.mockReturnValue(passingCheckFixture())
    expect(await exitCode(['check', 'x.yaml'])).toBe(0)
    core.checkScenario.mockReturnValue(checkFixture())
    expect(await exitCode(['check', 'x.yaml'])).toBe(1)
    core.checkScenario.mockReturnValue({ ...passingCheckFixture(), findings: checkFixture().findings })
    expect(await exitCode(['check', 'x.yaml'])).toBe(0)
    expect(await exitCode(['check', 'x.yaml', '--strict'])).toBe(1)
  })
})
