import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readInput, stdinName } from './read-input'

let dir = ''
const noStdin = async (): Promise<Uint8Array> => {
  throw new Error('standard input is not read for a file')
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zonecast-read-'))
  await writeFile(join(dir, 'x.yaml'), '\ufeffid: x\n')
  await writeFile(join(dir, 'bin.yaml'), new Uint8Array([0x00, 0x01, 0x02]))
  await mkdir(join(dir, 'folder.yaml'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readInput', () => {
  it('reads a file relative to the working folder, without its byte-order mark', async () => {
    expect(await readInput('x.yaml', dir, noStdin)).toEqual({ text: 'id: x\n', file: 'x.yaml' })
  })

  it('reads standard input for -, named <stdin>', async () => {
    const stdin = async (): Promise<Uint8Array> => new TextEncoder().encode('id: piped\n')
    expect(await readInput('-', dir, stdin)).toEqual({ text: 'id: piped\n', file: stdinName })
    expect(stdinName).toBe('<stdin>')
  })

  it('says a missing file is missing, with exit code 2', async () => {
    await expect(readInput('nope.yaml', dir, noStdin)).rejects.toMatchObject({
      message: 'cannot read "nope.yaml": no such file; check the path',
      exitCode: 2
    })
  })

  it('refuses a folder', async () => {
    await expect(readInput('folder.yaml', dir, noStdin)).rejects.toMatchObject({
      message: 'cannot read "folder.yaml": it is a folder; give a scenario file (YAML or JSON)',
      exitCode: 2
    })
  })

  it('refuses a binary file and an empty name', async () => {
    await expect(readInput('bin.yaml', dir, noStdin)).rejects.toMatchObject({ message: 'bin.yaml looks like a binary file, not YAML or JSON', exitCode: 2 })
    await expect(readInput('', dir, noStdin)).rejects.toMatchObject({ exitCode: 2 })
  })

  it('names standard input in decoding errors', async () => {
    const stdin = async (): Promise<Uint8Array> => new Uint8Array([0x00])
    await expect(readInput('-', dir, stdin)).rejects.toMatchObject({ message: '<stdin> looks like a binary file, not YAML or JSON' })
  })
})
