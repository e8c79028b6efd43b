import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { beforeAll, describe, expect, it } from 'vitest'
import { MissingFontError } from './missing-font-error'
import { loadPngRenderer } from './png-renderer'
import type { PngRenderer } from './png-renderer'

const wqy = { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei', cjk: true }
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40" font-size="24" font-family="sans-serif">開發區 GDP 億元</text></svg>'
const leftovers = (): string[] => readdirSync(tmpdir()).filter((f) => f.startsWith('zonecast-font-'))

let renderer: PngRenderer
beforeAll(async () => {
  renderer = await loadPngRenderer()
}, 30_000)

describe('loadPngRenderer', () => {
  it.skipIf(!existsSync(wqy.file))('draws the same bytes every time, at twice the size, and leaves no subset file behind', () => {
    const before = leftovers()
    const png = Buffer.from(renderer.png(svg, wqy))
    expect(png.readUInt32BE(16)).toBe(800)
    expect(Buffer.from(renderer.png(svg, wqy)).equals(png)).toBe(true)
    expect(leftovers()).toEqual(before)
  })

  it.skipIf(!existsSync(wqy.file))('draws with the whole font, the same bytes, when no temporary file can be written', () => {
    const png = Buffer.from(renderer.png(svg, wqy))
    const saved = process.env.TMPDIR
    process.env.TMPDIR = '/nonexistent/zonecast-test'
    try {
      expect(Buffer.from(renderer.png(svg, wqy)).equals(png)).toBe(true)
    } finally {
      if (saved === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = saved
    }
  })

  it('refuses a file that is not a font, saying what to give', () => {
    expect(() => renderer.png(svg, { file: import.meta.filename, family: '', cjk: true })).toThrow(MissingFontError)
    expect(() => renderer.png(svg, { file: import.meta.filename, family: '', cjk: true })).toThrow(/png-renderer\.test\.ts: not a TrueType or OpenType font; give a \.ttf, \.otf or \.ttc file/)
  })
})
