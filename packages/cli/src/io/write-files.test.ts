import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CliError } from '../cli/cli-error'
import { nodeOutputFs } from './output-fs'
import type { OutputFs } from './output-fs'
import { writeFiles } from './write-files'
import { RECORD_NAME } from './written-record'

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
const newer = files.map((f) => ({ ...f, text: `new ${f.text}` }))

// the folder's files and their content, the record left out
async function contents(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(join(cwd, dir))).filter((n) => n !== RECORD_NAME).sort()
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(cwd, dir, n), 'utf8')] as const)))
}

// an fs whose n-th temporary file write fails as a full disk would
function fullDiskAt(n: number): OutputFs {
  let count = 0
  return {
    ...nodeOutputFs,
    async writeWhole(path, data) {
      if (++count === n) {
        // a full disk fails part-way: some bytes are on disk before the error
        await nodeOutputFs.writeWhole(path, typeof data === 'string' ? data.slice(0, 1) : data.slice(0, 1))
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      }
      await nodeOutputFs.writeWhole(path, data)
    }
  }
}

describe('writeFiles', () => {
  it('creates the folder, writes every file, reports each and records what it wrote', async () => {
    const shown: string[] = []
    const written = await writeFiles('out/deep', files, { cwd, onWritten: (s) => shown.push(s) })
    expect(written).toEqual(['out/deep/z.run.csv', 'out/deep/z.run.json', 'out/deep/z.run.md'])
    expect(shown).toEqual(written)
    expect(await contents('out/deep')).toEqual({ 'z.run.csv': 'a,b\n', 'z.run.json': '{}\n', 'z.run.md': '# z\n' })
    const record = JSON.parse(await readFile(join(cwd, 'out/deep', RECORD_NAME), 'utf8')) as { files: Record<string, string> }
    // sha256 of "a,b\n", by `printf 'a,b\n' | sha256sum`
    expect(record.files['z.run.csv']).toBe('5be08c9684a1d25efcee09318204824278b08bbfb4aef973ffefd0b9d7478313')
    expect(Object.keys(record.files)).toEqual(['z.run.csv', 'z.run.json', 'z.run.md'])
  })

  it('replaces files it wrote that are unchanged', async () => {
    await writeFiles('out', files, { cwd })
    await writeFiles('out', newer, { cwd })
    expect(await contents('out')).toEqual({ 'z.run.csv': 'new a,b\n', 'z.run.json': 'new {}\n', 'z.run.md': 'new # z\n' })
  })

  it('refuses, writing nothing, when a file in the way was not written by zonecast or was changed since', async () => {
    await writeFiles('out', files, { cwd })
    await writeFile(join(cwd, 'out/z.run.md'), '# my notes\n')
    await writeFile(join(cwd, 'out/other.csv'), 'mine\n')
    const err = await writeFiles('out', [...newer, { name: 'other.csv', text: 'x\n' }], { cwd }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CliError)
    expect((err as CliError).exitCode).toBe(2)
    expect((err as CliError).message).toBe(
      '"out/z.run.md" was written by zonecast but changed since\n"out/other.csv" is there already, and zonecast did not write it\nnothing was written; pass --force to replace them, or write somewhere else'
    )
    expect(await contents('out')).toEqual({ 'other.csv': 'mine\n', 'z.run.csv': 'a,b\n', 'z.run.json': '{}\n', 'z.run.md': '# my notes\n' })
  })

  it('replaces any plain file with force, and records it as its own', async () => {
    await mkdir(join(cwd, 'out'))
    await writeFile(join(cwd, 'out/z.run.csv'), 'old\n')
    await writeFiles('out', files, { cwd, force: true })
    expect((await contents('out'))['z.run.csv']).toBe('a,b\n')
    // now zonecast's: replaced without force
    await writeFiles('out', newer, { cwd })
    expect((await contents('out'))['z.run.csv']).toBe('new a,b\n')
  })

  it('never replaces a folder or a symbolic link without force, and a folder not even with it', async () => {
    await mkdir(join(cwd, 'out/z.run.md'), { recursive: true })
    await symlink(join(cwd, 'elsewhere'), join(cwd, 'out/z.run.csv'))
    await expect(writeFiles('out', files, { cwd })).rejects.toMatchObject({ message: expect.stringContaining('"out/z.run.csv" is there already and is not a plain file\n"out/z.run.md" is a folder\n') })
    await expect(writeFiles('out', files, { cwd, force: true })).rejects.toMatchObject({ message: expect.stringMatching(/^"out\/z\.run\.md" is a folder\nnothing was written/) })
  })

  it('leaves the previous files as they were, and no temporary file, when the disk fills part-way', async () => {
    await writeFiles('out', files, { cwd })
    for (const n of [1, 2, 3]) {
      const err = await writeFiles('out', newer, { cwd, fs: fullDiskAt(n) }).catch((e: unknown) => e)
      expect((err as CliError).message).toBe(`cannot write "out/${files[n - 1]!.name}": the disk is full; nothing was changed in "out"`)
      expect(await contents('out')).toEqual({ 'z.run.csv': 'a,b\n', 'z.run.json': '{}\n', 'z.run.md': '# z\n' })
      expect(await readdir(join(cwd, 'out'))).toHaveLength(4)
    }
  })

  it('on Ctrl-C while the files are written, removes them and replaces nothing (exit 130)', async () => {
    await writeFiles('out', files, { cwd })
    let interrupt = (): void => undefined
    const onInterrupt = (listener: () => void) => {
      interrupt = listener
      return () => undefined
    }
    // Ctrl-C arrives while the second file is written
    const fs: OutputFs = { ...nodeOutputFs, writeWhole: async (path, data) => (path.includes('json') && interrupt(), nodeOutputFs.writeWhole(path, data)) }
    const err = await writeFiles('out', newer, { cwd, fs, onInterrupt }).catch((e: unknown) => e)
    expect((err as CliError).exitCode).toBe(130)
    expect((err as CliError).message).toBe('stopped by Ctrl-C before any file was replaced; nothing was changed in "out"')
    expect(await contents('out')).toEqual({ 'z.run.csv': 'a,b\n', 'z.run.json': '{}\n', 'z.run.md': '# z\n' })
  })

  it('names the files already replaced when a rename fails', async () => {
    const fs: OutputFs = { ...nodeOutputFs, rename: async (from, to) => (to.endsWith('.md') ? Promise.reject(Object.assign(new Error('EIO'), { code: 'EROFS' })) : nodeOutputFs.rename(from, to)) }
    await expect(writeFiles('out', files, { cwd, fs })).rejects.toMatchObject({ message: 'cannot write "out/z.run.md": the file system is read-only; already replaced: out/z.run.csv, out/z.run.json' })
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual(['z.run.csv', 'z.run.json'])
  })

  it('treats an unreadable record as none, and a record naming __proto__ as a plain name', async () => {
    await mkdir(join(cwd, 'out'))
    await writeFile(join(cwd, 'out', RECORD_NAME), '{"files": {"__proto__": "x", "z.run.csv": 5')
    await writeFile(join(cwd, 'out/z.run.csv'), 'a,b\n')
    await expect(writeFiles('out', files, { cwd })).rejects.toMatchObject({ message: expect.stringContaining('zonecast did not write it') })
    await writeFiles('out', [{ name: '__proto__', text: 'p\n' }], { cwd })
    await writeFiles('out', [{ name: '__proto__', text: 'q\n' }], { cwd })
    expect(await readFile(join(cwd, 'out/__proto__'), 'utf8')).toBe('q\n')
  })

  it('refuses, writing nothing, a file it cannot look at (was an internal error)', async () => {
    const fs: OutputFs = { ...nodeOutputFs, kind: async (path) => (path.endsWith('.json') ? Promise.reject(Object.assign(new Error('ENAMETOOLONG'), { code: 'ENAMETOOLONG' })) : nodeOutputFs.kind(path)) }
    await expect(writeFiles('out', files, { cwd, fs })).rejects.toMatchObject({ exitCode: 2, message: 'cannot write "out/z.run.json": the name is too long; nothing was written' })
    expect(await readdir(join(cwd, 'out'))).toEqual([])
  })

  it('refuses an output folder that is a file', async () => {
    await writeFile(join(cwd, 'taken'), 'x')
    await expect(writeFiles('taken', files, { cwd })).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/^cannot create folder "taken": /) })
  })
})
