import { existsSync } from 'node:fs'
import { isFullWidth } from '../text/text-width'
import { fontCandidates, fontFamilyVariable, fontFileVariable } from './chart-font'
import type { ChartFont } from './chart-font'
import { MissingFontError } from './missing-font-error'

/** Where to look, for tests: file existence and the environment. */
export interface FontSearch {
  exists(file: string): boolean
  env: Readonly<Record<string, string | undefined>>
}

/**
 * The font file a PNG of `svg` is drawn with: `ZONECAST_FONT` when set, else the first
 * candidate found (see `fontCandidates`), Chinese-capable first; a Latin-only font is taken only
 * when the chart has no full-width character.
 *
 * @throws {MissingFontError} when the chart needs a Chinese font and none is found, or no font at all
 * @example findChartFont('<svg>…開發區…</svg>').family // => "WenQuanYi Micro Hei"
 */
export function findChartFont(svg: string, search: FontSearch = { exists: existsSync, env: process.env }): ChartFont {
  const needsCjk = [...svg].some((ch) => isFullWidth(ch.codePointAt(0) ?? 0))
  const forced = search.env[fontFileVariable]
  if (forced) {
    if (!search.exists(forced)) throw new MissingFontError(`${fontFileVariable}=${forced}: no such font file; point it at a .ttf, .otf or .ttc file, or unset it`)
    return { file: forced, family: search.env[fontFamilyVariable] ?? '', cjk: true }
  }
  const found = fontCandidates.find((f) => (f.cjk || !needsCjk) && search.exists(f.file))
  if (found) return found
  const install = 'sudo apt-get install fonts-wqy-microhei (or fonts-noto-cjk)'
  throw new MissingFontError(
    needsCjk
      ? `no Chinese font found to draw the PNG's Chinese text; install one: ${install}, or set ${fontFileVariable} to a font file; an .svg output needs no font`
      : `no font found to draw the PNG; install one: ${install}, or set ${fontFileVariable} to a font file; an .svg output needs no font`
  )
}
