import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importLibrary } from '../load/load-libraries'
import type { ResvgModule } from '../load/load-libraries'
import { chartCharacters } from './chart-characters'
import type { ChartFont } from './chart-font'
import { findChartFont } from './find-chart-font'
import { findFontFace } from './find-font-face'
import { loadFontSubsetter } from './font-subsetter'
import type { FontSubsetter, SubsetFace } from './font-subsetter'
import { MissingFontError } from './missing-font-error'

/** Pixels of the PNG per pixel of the SVG: sharp on paper and on high-density screens. */
export const PNG_SCALE = 2

/** Draws PNGs from chart SVGs. */
export interface PngRenderer {
  /**
   * The chart as PNG bytes, drawn with one explicit font file (no system font scan), at
   * `PNG_SCALE` times the SVG's size, on white: the same bytes for the same SVG and font file.
   * The font is read once per process; each chart is drawn with a subset of it holding only
   * the chart's characters, written to a temporary file and removed after drawing.
   *
   * @param font the font to draw with; by default `findChartFont(svg)`
   * @throws {MissingFontError} when no fitting font is found, or the file is not a font
   */
  png(svg: string, font?: ChartFont): Uint8Array
}

/** A font file's face, loaded for subsetting, and the family it declares. */
interface LoadedFace {
  face: SubsetFace
  family: string
}

/**
 * Loads @resvg/resvg-js (a native SVG renderer: no browser, same pixels on every run) and
 * HarfBuzz's font subsetter, and returns a renderer.
 *
 * Why subsets: resvg-js 2.6 takes fonts only as file paths and opens and reads the whole file
 * again glyph after glyph (strace: 385 opens for one Chinese fan chart); with the 5 MB WenQuanYi
 * Micro Hei collection that was most of a PNG's time (about 200 ms a chart). A subset of a
 * chart's characters is about 25 kB and draws the same pixels.
 *
 * @example const png = (await loadPngRenderer()).png(svg) // => Uint8Array [0x89, 0x50, 0x4e, 0x47, …]
 */
export async function loadPngRenderer(): Promise<PngRenderer> {
  const [{ Resvg }, subsetter] = await Promise.all([importLibrary<ResvgModule>('@resvg/resvg-js'), loadFontSubsetter()])
  const faces = new Map<string, LoadedFace>()
  return {
    png(svg, font = findChartFont(svg)) {
      const key = `${font.family}\n${font.file}`
      const loaded = faces.get(key) ?? loadFace(subsetter, font)
      faces.set(key, loaded)
      const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1] ?? 0)
      const draw = (fontFile: string): Uint8Array =>
        new Resvg(svg, {
          // one known file and no scan of the system's fonts: faster, and the same glyphs every time
          font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: loaded.family, sansSerifFamily: loaded.family },
          fitTo: width > 0 ? { mode: 'width', value: width * PNG_SCALE } : { mode: 'zoom', value: PNG_SCALE },
          background: 'white',
          logLevel: 'off'
        })
          .render()
          .asPng()
      const dir = writeSubset(loaded.face.subset(chartCharacters(svg)))
      if (dir === null) return draw(font.file)
      try {
        return draw(join(dir, subsetName))
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }
}

/** The subset's file name in its temporary folder. */
const subsetName = 'subset.ttf'

// writes a subset to a new temporary folder and returns the folder; null when the system's
// temporary folder cannot be written, and the chart is drawn (slowly, the same) with the whole font
function writeSubset(subset: Uint8Array): string | null {
  let dir: string | null = null
  try {
    dir = mkdtempSync(join(tmpdir(), 'zonecast-font-'))
    writeFileSync(join(dir, subsetName), subset)
    return dir
  } catch {
    if (dir !== null) rmSync(dir, { recursive: true, force: true })
    return null
  }
}

// reads a font file and loads the face of its family for subsetting
function loadFace(subsetter: FontSubsetter, font: ChartFont): LoadedFace {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(font.file)
  } catch (err) {
    throw new MissingFontError(`${font.file}: cannot read the font file (${(err as NodeJS.ErrnoException).code ?? String(err)})`)
  }
  const face = findFontFace(bytes, font.family)
  if (face === null) throw new MissingFontError(`${font.file}: not a TrueType or OpenType font; give a .ttf, .otf or .ttc file (WOFF is not read)`)
  return { face: subsetter.open(bytes, face.index), family: face.family }
}
