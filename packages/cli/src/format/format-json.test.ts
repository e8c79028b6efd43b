import { describe, expect, it } from 'vitest'
import { formatJson } from './format-json'

describe('formatJson', () => {
  it('indents by two spaces, ends in a newline and keeps nulls', () => {
    expect(formatJson({ ok: true, values: [1, null] })).toBe('{\n  "ok": true,\n  "values": [\n    1,\n    null\n  ]\n}\n')
  })
})
