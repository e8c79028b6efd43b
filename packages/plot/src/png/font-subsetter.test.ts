import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importLibrary } from '../load/load-libraries'
import type { ResvgModule } from '../load/load-libraries'
import { chartCharacters } from './chart-characters'
import { findFontFace } from './find-font-face'
import { loadFontSubsetter } from './font-subsetter'
import type { FontSubsetter } from './font-subsetter'

/** Fonts of the Debian packages fonts-wqy-microhei (TrueType collection), fonts-dejavu-core (TrueType) and fonts-urw-base35 (CFF OpenType). */
const wqy = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
const nimbus = '/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf'

const dir = mkdtempSync(join(tmpdir(), 'zonecast-subset-test-'))
let subsetter: FontSubsetter
let Resvg: ResvgModule['Resvg']
beforeAll(async () => {
  subsetter = await loadFontSubsetter()
  Resvg = (await importLibrary<ResvgModule>('@resvg/resvg-js')).Resvg
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// an SVG of a few lines of text at a size where every outline difference shows in the pixels
function textSvg(lines: readonly string[]): string {
  const texts = lines.map((line, i) => `<text x="8" y="${40 + 44 * i}" font-size="36">${line}</text>`).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="${20 + 44 * lines.length}"><g font-family="sans-serif">${texts}</g></svg>`
}

// the PNG of `svg` drawn with one font file
function draw(svg: string, file: string, family: string): Buffer {
  const font = { loadSystemFonts: false, fontFiles: [file], defaultFontFamily: family, sansSerifFamily: family }
  return Buffer.from(new Resvg(svg, { font, background: 'white', logLevel: 'off' }).render().asPng())
}

// the PNG of `svg` drawn with the face of `family` in `file`, and with a subset of it to the
// SVG's characters; checks that the text shows
function drawBoth(svg: string, file: string, family: string): { full: Buffer; subset: Buffer; subsetBytes: number; fullBytes: number } {
  const bytes = readFileSync(file)
  const face = findFontFace(bytes, family)!
  const subset = subsetter.open(bytes, face.index).subset(chartCharacters(svg))
  const subsetFile = join(dir, `${face.family}.ttf`)
  writeFileSync(subsetFile, subset)
  const full = draw(svg, file, face.family)
  // the text is drawn at all: the same page without it differs
  expect(full.equals(draw(svg.replace(/<text[^>]*>[^<]*<\/text>/g, ''), file, face.family))).toBe(false)
  return { full, subset: draw(svg, subsetFile, face.family), subsetBytes: subset.length, fullBytes: bytes.length }
}

describe('font subsets', () => {
  it.skipIf(!existsSync(wqy))('draw Chinese and Latin text with the same pixels as the whole WenQuanYi collection', () => {
    const svg = textSvg(['開發區地區生產總值年均增長21%', '億元，2005年價格 “十一五”', 'Zone GDP >= 50% of the province’s, km² – …'])
    const { full, subset, subsetBytes, fullBytes } = drawBoth(svg, wqy, 'WenQuanYi Micro Hei')
    expect(subset.equals(full)).toBe(true)
    // the point of subsetting: a few dozen glyphs of some 30,000
    expect(subsetBytes).toBeLessThan(fullBytes / 50)
  })

  it.skipIf(!existsSync(wqy))('cut the second face of a collection when its family is asked for', () => {
    const { full, subset } = drawBoth(textSvg(['Mono 等寬 0123']), wqy, 'WenQuanYi Micro Hei Mono')
    expect(subset.equals(full)).toBe(true)
  })

  it.skipIf(!existsSync(dejavu))('draw a Latin font (TrueType) the same', () => {
    const { full, subset } = drawBoth(textSvg(['Land: planned, serviced and in use', 'km² 620.0 – Year 2005–2010']), dejavu, 'DejaVu Sans')
    expect(subset.equals(full)).toBe(true)
  })

  it.skipIf(!existsSync(nimbus))('draw a CFF OpenType font (as Noto Sans CJK is) the same', () => {
    const { full, subset } = drawBoth(textSvg(['Investment intensity (44–110)', 'Source: zonecast model path']), nimbus, 'Nimbus Sans')
    expect(subset.equals(full)).toBe(true)
  })

  it.skipIf(!existsSync(wqy))('are the same bytes every time', () => {
    const face = subsetter.open(readFileSync(wqy), 0)
    const codes = chartCharacters('<text>開發區 GDP</text>')
    expect(Buffer.from(face.subset(codes)).equals(Buffer.from(face.subset(codes)))).toBe(true)
  })
})
