import { describe, expect, it } from 'vitest'
import { CliError } from '../cli/cli-error'
import { decodeInput } from './decode-input'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

// the message decodeInput throws for bytes
function failure(bytes: Uint8Array): CliError {
  try {
    decodeInput(bytes, 'x.yaml')
  } catch (err) {
    if (err instanceof CliError) return err
    throw err
  }
  throw new Error('decodeInput accepted the bytes')
}

describe('decodeInput', () => {
  it('decodes UTF-8, Chinese included', () => {
    expect(decodeInput(utf8('title: {zh: 吉林省開發區}\n'), 'x.yaml')).toBe('title: {zh: 吉林省開發區}\n')
  })

  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id: x')]), 'x.yaml')).toBe('id: x')
  })

  it('calls a file with NUL bytes binary', () => {
    const err = failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    expect(err.message).toBe('x.yaml looks like a binary file, not YAML or JSON')
    expect(err.exitCode).toBe(2)
  })

  it('recognises UTF-16 by its byte-order mark', () => {
    const err = failure(new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]))
    expect(err.message).toBe('x.yaml is UTF-16 text; save it as UTF-8 (YAML or JSON)')
  })

  it('names line and column of the first byte that is not UTF-8 (a GBK file)', () => {
    // "id: x\ntitle: " then 吉林 in GBK: BC AA C1 D6. BC is a UTF-8 continuation byte with no lead:
    // line 2, column 8 (after the 7 characters of "title: ")
    const bytes = new Uint8Array([...utf8('id: x\ntitle: '), 0xbc, 0xaa, 0xc1, 0xd6, 0x0a])
    const err = failure(bytes)
    expect(err.message).toBe(
      'x.yaml:2:8 is not UTF-8 text: byte 0xBC (a GBK or Big5 file?); save it as UTF-8 (YAML or JSON)'
    )
    expect(err.exitCode).toBe(2)
  })

  it('points at the lead byte of a broken sequence, counting columns in characters', () => {
    // 開 (3 bytes) then E9 41: E9 leads a 3-byte sequence that "A" breaks; column 2
    const err = failure(new Uint8Array([...utf8('開'), 0xe9, 0x41]))
    expect(err.message).toContain('x.yaml:1:2 is not UTF-8 text: byte 0xE9')
  })

  it('points at a sequence cut off by the end of the file', () => {
    const err = failure(new Uint8Array([...utf8('ab'), 0xe5, 0xb1]))
    expect(err.message).toContain('x.yaml:1:3 is not UTF-8 text: byte 0xE5')
  })
})
