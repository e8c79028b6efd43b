import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CliError } from '../cli/cli-error'
import { nodeOutputFs } from '../io/output-fs'
import type { OutputFs } from '../io/output-fs'
import { fakeIo } from '../test-support/fake-io'
import { runFixture } from '../test-support/run-fixture'
import { emitRunResult } from './emit-run-result'
import { renderRunCsv } from './render-run-csv'
import { renderRunMarkdown } from './render-run-markdown'
import { renderRunTable } from './render-run-table'

const notes = 'note: real series are at 2005 prices\nnote: the model path is empty until the zone model exists\n'

describe('emitRunResult on standard output', () => {
  it('prints the table and the notes on standard error', async () => {
    const io = fakeIo()
    expect(await emitRunResult(runFixture(), { format: 'table', lang: 'en' }, io)).toBe(0)
    expect(io.out).toBe(renderRunTable(runFixture(), 'en'))
    expect(io.err).toBe(notes)
  })

  it('prints the table and the notes in Chinese with --lang zh', async () => {
    const io = fakeIo()
    const result = { ...runFixture(), notes: ['the scenario gives no base.gdp, so the model path has no output, revenue or indicators'] }
    await emitRunResult(result, { format: 'table', lang: 'zh' }, io)
    expect(io.out).toBe(renderRunTable(result, 'zh'))
    expect(io.err).toBe('說明：情景未給定基年生產總值（base.gdp），因此模型路徑沒有產出、財政收入和指標\n')
  })

  it('prints CSV with the notes on standard error, where they cannot spoil the data', async () => {
    const io = fakeIo()
    await emitRunResult(runFixture(), { format: 'csv', lang: 'en' }, io)
    expect(io.out).toBe(renderRunCsv(runFixture()))
    expect(io.err).toBe(notes)
  })

  it('prints JSON and Markdown, which hold the notes themselves', async () => {
    const json = fakeIo()
    await emitRunResult(runFixture(), { format: 'json', lang: 'en' }, json)
    expect(JSON.parse(json.out)).toEqual(runFixture())
    expect(json.out.endsWith('}\n')).toBe(true)
    expect(json.err).toBe('')
    const md = fakeIo()
    await emitRunResult(runFixture(), { format: 'md', lang: 'zh' }, md)
    expect(md.out).toBe(renderRunMarkdown(runFixture(), 'zh'))
    expect(md.err).toBe('')
  })

  it('leaves the notes out with --quiet', async () => {
    const io = fakeIo()
    await emitRunResult(runFixture(), { format: 'table', lang: 'en', quiet: true }, io)
    expect(io.err).toBe('')
  })
})

describe('emitRunResult --out', () => {
  let cwd = ''
  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'zonecast-emit-'))
  })
  afterEach(async () => {
    await rm(cwd, { recursive: true, force: true })
  })

  it('writes <id>.run.csv, .json and .md into the folder and prints nothing on standard output', async () => {
    const io = fakeIo({}, cwd)
    expect(await emitRunResult(runFixture(), { format: 'table', out: 'out', lang: 'en' }, io)).toBe(0)
    expect(io.out).toBe('')
    expect(io.err).toBe('wrote out/test-zone.run.csv\nwrote out/test-zone.run.json\nwrote out/test-zone.run.md\n' + notes)
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual(['.zonecast-written', 'test-zone.run.csv', 'test-zone.run.json', 'test-zone.run.md'])
    expect(await readFile(join(cwd, 'out/test-zone.run.csv'), 'utf8')).toBe(renderRunCsv(runFixture()))
    expect(JSON.parse(await readFile(join(cwd, 'out/test-zone.run.json'), 'utf8'))).toEqual(runFixture())
    expect(await readFile(join(cwd, 'out/test-zone.run.md'), 'utf8')).toBe(renderRunMarkdown(runFixture(), 'en'))
  })

  it('computes every file before writing any, and changes nothing when a write fails', async () => {
    const attempts: string[] = []
    const fs: OutputFs = {
      ...nodeOutputFs,
      async writeWhole(path, data) {
        attempts.push(basename(path))
        // all three texts are ready before the first write: none is empty
        expect(data.length).toBeGreaterThan(0)
        if (path.includes('.json')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
        await nodeOutputFs.writeWhole(path, data)
      }
    }
    const io = fakeIo({}, cwd)
    const err = await emitRunResult(runFixture(), { format: 'table', out: 'out', lang: 'en', fs }, io).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CliError)
    expect((err as CliError).message).toBe('cannot write "out/test-zone.run.json": permission denied; nothing was changed in "out"')
    // the markdown file is not attempted after the failure, and the CSV's temporary file is gone
    expect(attempts).toEqual([`.test-zone.run.csv.${process.pid}-0.zonecast-tmp`, `.test-zone.run.json.${process.pid}-1.zonecast-tmp`])
    expect(await readdir(join(cwd, 'out'))).toEqual([])
    expect(io.out).toBe('')
  })

  it('refuses a scenario id that would leave the folder', async () => {
    const result = { ...runFixture(), scenario: { ...runFixture().scenario, id: '../escape' } }
    await expect(emitRunResult(result, { format: 'table', out: 'out', lang: 'en' }, fakeIo({}, cwd))).rejects.toMatchObject({
      exitCode: 2,
      message: 'scenario id "../escape" cannot name an output file; give the scenario an id of letters, digits, "-" and "_"'
    })
    expect(await readdir(cwd)).toEqual([])
  })
})
