/** A font file for the PNG renderer, with the family name it declares. */
export interface ChartFont {
  file: string
  family: string
  /** whether it draws Chinese */
  cjk: boolean
}

/**
 * Font files looked for, in order: Chinese-capable ones first (their Latin letters serve English
 * charts too, so both languages come out in one face), then Latin-only ones for English charts
 * on machines without a Chinese font. Debian and Ubuntu paths (fonts-wqy-microhei,
 * fonts-wqy-zenhei, fonts-noto-cjk, fonts-dejavu-core, fonts-liberation), then macOS and Windows.
 */
export const fontCandidates: readonly ChartFont[] = [
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei', cjk: true },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK TC', cjk: true },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK TC', cjk: true },
  { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYi Zen Hei', cjk: true },
  { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang TC', cjk: true },
  { file: 'C:\\Windows\\Fonts\\msjh.ttc', family: 'Microsoft JhengHei', cjk: true },
  { file: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'Microsoft YaHei', cjk: true },
  { file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', family: 'DejaVu Sans', cjk: false },
  { file: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', family: 'Liberation Sans', cjk: false },
  { file: '/System/Library/Fonts/Helvetica.ttc', family: 'Helvetica', cjk: false },
  { file: 'C:\\Windows\\Fonts\\arial.ttf', family: 'Arial', cjk: false }
]

/** The environment variable naming a font file to use instead (with `ZONECAST_FONT_FAMILY`, its family). */
export const fontFileVariable = 'ZONECAST_FONT'
/** The family name declared by the font file `ZONECAST_FONT` names. */
export const fontFamilyVariable = 'ZONECAST_FONT_FAMILY'
