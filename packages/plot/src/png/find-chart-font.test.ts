import { describe, expect, it } from 'vitest'
import { findChartFont } from './find-chart-font'
import { MissingFontError } from './missing-font-error'

const only = (...files: string[]) => ({ exists: (f: string) => files.includes(f), env: {} })

describe('findChartFont', () => {
  it('takes the first Chinese font found, for either language', () => {
    expect(findChartFont('<text>開發區</text>', only('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc')).family).toBe('WenQuanYi Micro Hei')
    expect(findChartFont('<text>GDP</text>', only('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')).family).toBe('Noto Sans CJK TC')
  })

  it('falls back to a Latin font only when the chart has no Chinese text', () => {
    const latin = only('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
    expect(findChartFont('<text>GDP</text>', latin).family).toBe('DejaVu Sans')
    expect(() => findChartFont('<text>億元</text>', latin)).toThrow(MissingFontError)
    expect(() => findChartFont('<text>億元</text>', latin)).toThrow(/install one: sudo apt-get install fonts-wqy-microhei/)
  })

  it('says what to install when there is no font at all, for either language', () => {
    const none = only()
    for (const svg of ['<text>GDP</text>', '<text>億元</text>']) {
      expect(() => findChartFont(svg, none)).toThrow(MissingFontError)
      expect(() => findChartFont(svg, none)).toThrow(/install one: sudo apt-get install fonts-wqy-microhei \(or fonts-noto-cjk\), or set ZONECAST_FONT/)
    }
  })

  it('takes the file ZONECAST_FONT names, and refuses one that is missing', () => {
    expect(findChartFont('億元', { exists: (f) => f === '/x/my.ttf', env: { ZONECAST_FONT: '/x/my.ttf', ZONECAST_FONT_FAMILY: 'My Sans' } })).toEqual({ file: '/x/my.ttf', family: 'My Sans', cjk: true })
    expect(() => findChartFont('億元', { exists: () => false, env: { ZONECAST_FONT: '/x/none.ttf' } })).toThrow('ZONECAST_FONT=/x/none.ttf: no such font file')
  })
})
