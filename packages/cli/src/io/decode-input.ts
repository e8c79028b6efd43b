import { CliError } from '../cli/cli-error'

/** UTF-16 byte-order marks: little-endian (Windows Notepad's "Unicode") and big-endian. */
const utf16Boms: readonly (readonly number[])[] = [
  [0xff, 0xfe],
  [0xfe, 0xff]
]
/** The byte-order mark UTF-8 editors on Windows put in front of a file. */
const utf8Bom = [0xef, 0xbb, 0xbf]
const newline = 0x0a
/** UTF-8 continuation bytes are 10xxxxxx. */
const continuationMask = 0xc0
const continuationBits = 0x80

/**
 * A scenario file's bytes as text: UTF-8, byte-order mark stripped. Throws `CliError` (exit 2)
 * for a binary file (NUL bytes), a UTF-16 file, or bytes that are not UTF-8 (often a GBK or
 * Big5 file), naming the line and column of the first bad byte.
 *
 * @param bytes the file's content
 * @param file the file's name in messages
 * @throws {CliError} when the bytes are not UTF-8 text
 * @example decodeInput(new TextEncoder().encode('id: x\n'), 'x.yaml') // => "id: x\n"
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
  if (utf16Boms.some((bom) => startsWith(bytes, bom))) {
    throw new CliError(`${file} is UTF-16 text; save it as UTF-8 (YAML or JSON)`)
  }
  if (bytes.includes(0)) throw new CliError(`${file} looks like a binary file, not YAML or JSON`)
  const body = startsWith(bytes, utf8Bom) ? bytes.subarray(utf8Bom.length) : bytes
  try {
    // ignoreBOM: the mark is stripped above, so a second one is kept as text and shows up
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    const at = firstInvalidByte(body)
    const where = locate(body, at)
    const byte = (body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    throw new CliError(
      `${file}:${where.line}:${where.col} is not UTF-8 text: byte 0x${byte} (a GBK or Big5 file?); save it as UTF-8 (YAML or JSON)`
    )
  }
}

// whether bytes begin with prefix
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

// offset of the first byte of the first sequence a UTF-8 decoder rejects
function firstInvalidByte(bytes: Uint8Array): number {
  // binary search for the longest prefix that decodes when more bytes may follow: longer
  // prefixes of a bad file only get worse
  let lo = 0
  let hi = bytes.length
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (decodes(bytes.subarray(0, mid), true)) lo = mid
    else hi = mid - 1
  }
  if (decodes(bytes.subarray(0, lo), false)) return lo
  // the prefix ends inside a sequence that the next byte breaks: point at its lead byte
  let start = lo - 1
  while (start > 0 && ((bytes[start] ?? 0) & continuationMask) === continuationBits) start--
  return start
}

// whether bytes decode as UTF-8; with more, an incomplete sequence at the end is allowed
function decodes(bytes: Uint8Array, more: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: more })
    return true
  } catch {
    return false
  }
}

// 1-based line and column (in characters) of a byte offset
function locate(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === newline) {
      line++
      lineStart = i + 1
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset))
  return { line, col: [...before].length + 1 }
}
