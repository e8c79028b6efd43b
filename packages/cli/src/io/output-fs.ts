import { lstat, open, readFile, rename, rm } from 'node:fs/promises'

/** What is at a path: nothing, a plain file, a folder, or something else (a link, a device…). */
export type PathKind = 'none' | 'file' | 'folder' | 'other'

/** The file operations `writeFiles` needs; tests replace them to simulate a full disk. */
export interface OutputFs {
  kind(path: string): Promise<PathKind>
  read(path: string): Promise<Uint8Array>
  /** creates `path` (it must not exist), writes all of `data` and flushes it to the disk */
  writeWhole(path: string, data: string | Uint8Array): Promise<void>
  rename(from: string, to: string): Promise<void>
  /** removes a file; nothing when it is not there */
  remove(path: string): Promise<void>
}

/**
 * The real file system. `writeWhole` syncs before closing, so that a rename after it never puts
 * an empty or partial file in place after a crash of the machine (ext4's delayed allocation).
 */
export const nodeOutputFs: OutputFs = {
  async kind(path) {
    try {
      const s = await lstat(path)
      return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other'
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'none'
      throw err
    }
  },
  read: (path) => readFile(path),
  async writeWhole(path, data) {
    const handle = await open(path, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true })
}
