import { beforeEach, describe, expect, it, vi } from 'vitest'
import { UsageError } from '../cli/usage-error'
import { renderRunCsv } from '../run/render-run-csv'
import { renderRunTable } from '../run/render-run-table'
import { fakeIo } from '../test-support/fake-io'
import { runFixture } from '../test-support/run-fixture'
import { run } from './run-command'

// the core stands in with a hand-made result: these tests are about the command, not the model
const core = vi.hoisted(() => ({
  loadScenario: vi.fn((text: string, file: string) => ({ text, file })),
  realiseScenario: vi.fn((s: object) => ({ ...s, realised: true })),
  parseSetOption: vi.fn(),
  withHistoryFile: vi.fn(),
  runScenario: vi.fn()
}))
vi.mock('@zonecast/core', () => core)

beforeEach(() => {
  vi.clearAllMocks()
  core.runScenario.mockReturnValue(runFixture())
})

describe('run', () => {
  it('loads, realises and runs the scenario, then prints the table with notes on standard error', async () => {
    const io = fakeIo({ 'x.yaml': 'id: test-zone\n' })
    expect(await run({ file: 'x.yaml', lang: 'en' }, io)).toBe(0)
    expect(core.loadScenario).toHaveBeenCalledWith('id: test-zone\n', 'x.yaml', { overrides: [] })
    expect(core.runScenario).toHaveBeenCalledWith({ text: 'id: test-zone\n', file: 'x.yaml', realised: true })
    expect(io.out).toBe(renderRunTable(runFixture(), 'en'))
    expect(io.err).toContain('note: real series are at 2005 prices\n')
  })

  it('reads standard input for - and names it <stdin>', async () => {
    const io = fakeIo({ '<stdin>': 'id: piped\n' })
    await run({ file: '-', format: 'csv', lang: 'en' }, io)
    expect(core.loadScenario).toHaveBeenCalledWith('id: piped\n', '<stdin>', { overrides: [] })
    expect(io.out).toBe(renderRunCsv(runFixture()))
  })

  it('prints JSON for --json, the same as --format json', async () => {
    const a = fakeIo({ 'x.yaml': '' })
    const b = fakeIo({ 'x.yaml': '' })
    await run({ file: 'x.yaml', json: true, lang: 'en' }, a)
    await run({ file: 'x.yaml', format: 'json', json: true, lang: 'en' }, b)
    expect(a.out).toBe(JSON.stringify(runFixture(), null, 2) + '\n')
    expect(b.out).toBe(a.out)
  })

  it('refuses contradictory options before reading the file', async () => {
    const io = fakeIo()
    await expect(run({ file: 'x.yaml', json: true, format: 'csv', lang: 'en' }, io)).rejects.toThrow(
      new UsageError('--json and --format csv contradict each other; give one of them')
    )
    await expect(run({ file: 'x.yaml', out: 'o', format: 'md', lang: 'en' }, io)).rejects.toThrow(
      '--out writes csv, json and md files and prints nothing; drop --format'
    )
    await expect(run({ file: 'x.yaml', out: '', lang: 'en' }, io)).rejects.toThrow('--out needs a folder name')
    expect(core.loadScenario).not.toHaveBeenCalled()
  })

  it('passes a missing file and the core’s input errors on, printing nothing', async () => {
    const io = fakeIo()
    await expect(run({ file: 'missing.yaml', lang: 'en' }, io)).rejects.toMatchObject({
      message: 'cannot read "missing.yaml": no such file; check the path',
      exitCode: 2
    })
    const invalid = Object.assign(new Error('x.yaml:1:1 id: required'), { name: 'InputError', exitCode: 2 })
    core.loadScenario.mockImplementationOnce(() => {
      throw invalid
    })
    await expect(run({ file: 'x.yaml', lang: 'en' }, fakeIo({ 'x.yaml': '{}' }))).rejects.toBe(invalid)
    expect(io.out).toBe('')
  })
})
