import { importLibrary } from '../load/load-libraries'
import type { ResvgModule } from '../load/load-libraries'
import { findChartFont } from './find-chart-font'
import type { ChartFont } from './chart-font'

/** Pixels of the PNG per pixel of the SVG: sharp on paper and on high-density screens. */
export const PNG_SCALE = 2

/** Draws PNGs from chart SVGs. */
export interface PngRenderer {
  /**
   * The chart as PNG bytes, drawn with one explicit font file (no system font scan), at
   * `PNG_SCALE` times the SVG's size, on white.
   *
   * @param font the font to draw with; by default `findChartFont(svg)`
   * @throws {MissingFontError} when no fitting font is found
   */
  png(svg: string, font?: ChartFont): Uint8Array
}

/**
 * Loads @resvg/resvg-js (a native SVG renderer: no browser, same pixels on every run) and
 * returns a renderer.
 *
 * @example const png = (await loadPngRenderer()).png(svg) // => Uint8Array [0x89, 0x50, 0x4e, 0x47, …]
 */
export async function loadPngRenderer(): Promise<PngRenderer> {
  const { Resvg } = await importLibrary<ResvgModule>('@resvg/resvg-js')
  return {
    png(svg, font = findChartFont(svg)) {
      const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1] ?? 0)
      const resvg = new Resvg(svg, {
        // one known file and no scan of the system's fonts: faster, and the same glyphs every time
        font: { loadSystemFonts: false, fontFiles: [font.file], defaultFontFamily: font.family, sansSerifFamily: font.family },
        fitTo: width > 0 ? { mode: 'width', value: width * PNG_SCALE } : { mode: 'zoom', value: PNG_SCALE },
        background: 'white',
        logLevel: 'off'
      })
      return resvg.render().asPng()
    }
  }
}
