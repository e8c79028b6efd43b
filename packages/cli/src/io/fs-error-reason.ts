/** Reasons for the file-system error codes a user can do something about. */
const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  EEXIST: 'a file of that name is in the way',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links'
}

/**
 * A short lowercase reason for a failed file operation, for messages such as
 * `cannot read "x.yaml": no such file`.
 *
 * @example fsErrorReason(Object.assign(new Error('...'), { code: 'ENOENT' })) // => "no such file"
 */
export function fsErrorReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code === 'string') return reasons[code] ?? code.toLowerCase()
  return err instanceof Error ? err.message : String(err)
}
