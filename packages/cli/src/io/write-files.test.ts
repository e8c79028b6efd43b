import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CliError } from '../cli/cli-error'
import { writeFiles } from './write-files'

let cwd = ''
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'zonecast-write-'))
})
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true })
})

const files = [
  { name: 'z.run.csv', text: 'a,b\n' },
  { name: 'z.run.json', text: '{}\n' },
  { name: 'z.run.md', text: '# z\n' }
]

describe('writeFiles', () => {
  it('creates the folder and writes every file, reporting each', async () => {
    const shown: string[] = []
    const written = await writeFiles('out/deep', files, { cwd, onWritten: (s) => shown.push(s) })
    expect(written).toEqual(['out/deep/z.run.csv', 'out/deep/z.run.json', 'out/deep/z.run.md'])
    expect(shown).toEqual(written)
    expect(await readFile(join(cwd, 'out/deep/z.run.json'), 'utf8')).toBe('{}\n')
    expect((await readdir(join(cwd, 'out/deep'))).sort()).toEqual(['z.run.csv', 'z.run.json', 'z.run.md'])
  })

  it('replaces existing files', async () => {
    await mkdir(join(cwd, 'out'))
    await writeFile(join(cwd, 'out/z.run.csv'), 'old\n')
    await writeFiles('out', files, { cwd })
    expect(await readFile(join(cwd, 'out/z.run.csv'), 'utf8')).toBe('a,b\n')
  })

  it('on a failed rename keeps the files already written, leaves no temporary file and names both', async () => {
    // a folder where the last file should go: write-file-atomic's rename onto it fails, even as root
    await mkdir(join(cwd, 'out/z.run.md'), { recursive: true })
    const err = await writeFiles('out', files, { cwd }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CliError)
    expect((err as CliError).exitCode).toBe(2)
    expect((err as CliError).message).toBe(
      'cannot write "out/z.run.md": it is a folder; give --out a folder you can write to\nalready written: out/z.run.csv, out/z.run.json'
    )
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual(['z.run.csv', 'z.run.json', 'z.run.md'])
    expect(await readFile(join(cwd, 'out/z.run.csv'), 'utf8')).toBe('a,b\n')
  })

  it('says when no file was written', async () => {
    const failing = async (): Promise<void> => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    }
    await expect(writeFiles('out', files, { cwd, write: failing })).rejects.toMatchObject({
      message: 'cannot write "out/z.run.csv": the disk is full; give --out a folder you can write to\nno file was written'
    })
  })

  it('refuses an output folder that is a file', async () => {
    await writeFile(join(cwd, 'taken'), 'x')
    await expect(writeFiles('taken', files, { cwd })).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/^cannot create folder "taken": /) })
  })
})
