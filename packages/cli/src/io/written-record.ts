/**
 * The record of the files zonecast wrote in a folder: `.zonecast-written`, a small JSON file
 * beside them with the SHA-256 of each file's content as written. A file listed there whose
 * content still has that hash may be replaced without `--force`; any other file in the way
 * stops the write. Deleting the record protects every file in the folder.
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { OutputFs } from './output-fs'

/** The record's file name: hidden, beside the files it lists. */
export const RECORD_NAME = '.zonecast-written'

/** What the record says about itself, for someone who opens it. */
const ABOUT = 'Files zonecast wrote in this folder, with the SHA-256 of their content. zonecast replaces a file listed here only while its content is unchanged (otherwise it needs --force). Delete this file to protect them all.'

/**
 * The hex SHA-256 of a file's content (text as UTF-8).
 *
 * @example contentHash('a\n') // => "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"
 */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * The hashes recorded in `folder` by file name; none when there is no record or it cannot be read
 * (then every file in the way needs --force: the safe side).
 */
// (null prototype: a file named "__proto__" or "constructor" is just a name)
export async function readWrittenRecord(fs: OutputFs, folder: string): Promise<Record<string, string>> {
  const path = join(folder, RECORD_NAME)
  try {
    if ((await fs.kind(path)) !== 'file') return {}
    const parsed: unknown = JSON.parse(new TextDecoder().decode(await fs.read(path)))
    const files = (parsed as { files?: unknown } | null)?.files
    if (files === null || typeof files !== 'object' || Array.isArray(files)) return {}
    const hashes: Record<string, string> = Object.create(null) as Record<string, string>
    for (const [name, hash] of Object.entries(files as Record<string, unknown>)) if (typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)) hashes[name] = hash
    return hashes
  } catch {
    return {}
  }
}

/** The record's text for these hashes, names sorted so that the file is the same for the same files. */
export function recordText(hashes: Record<string, string>): string {
  const files = Object.fromEntries(Object.keys(hashes).sort().map((name) => [name, hashes[name]]))
  return `${JSON.stringify({ about: ABOUT, files }, null, 2)}\n`
}
