import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findFontFace } from './find-font-face'

const wqy = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

describe('findFontFace', () => {
  it.skipIf(!existsSync(wqy))('finds a collection face by any case of its family, else takes the first', () => {
    // fc-query /usr/share/fonts/truetype/wqy/wqy-microhei.ttc: index 0 "WenQuanYi Micro Hei", index 1 "WenQuanYi Micro Hei Mono"
    const font = readFileSync(wqy)
    expect(findFontFace(font, 'WenQuanYi Micro Hei Mono')).toEqual({ index: 1, family: 'WenQuanYi Micro Hei Mono' })
    expect(findFontFace(font, 'wenquanyi micro hei')).toEqual({ index: 0, family: 'WenQuanYi Micro Hei' })
    expect(findFontFace(font, '')).toEqual({ index: 0, family: 'WenQuanYi Micro Hei' })
    expect(findFontFace(font, 'Noto Sans CJK TC')).toEqual({ index: 0, family: 'WenQuanYi Micro Hei' })
  })

  it.skipIf(!existsSync(dejavu))('reads the family of a single-face file', () => {
    expect(findFontFace(readFileSync(dejavu), '')).toEqual({ index: 0, family: 'DejaVu Sans' })
  })

  it('refuses what is not a TrueType or OpenType font', () => {
    expect(findFontFace(new TextEncoder().encode('wOF2 a web font, or a text file'), '')).toBeNull()
    expect(findFontFace(new Uint8Array(4), '')).toBeNull()
  })
})
