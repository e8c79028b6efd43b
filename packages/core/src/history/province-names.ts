/**
 * China's provincial-level divisions: the first two digits of their administrative code
 * (GB/T 2260), the Chinese short name (without 省, 市, 自治区…) and the English name, so that
 * `--region Jilin`, `--region 吉林` and `--region 220000` find the row `220000000,吉林省`.
 */
export const PROVINCES: readonly { code: string; zh: string; en: string }[] = [
  { code: '11', zh: '北京', en: 'Beijing' },
  { code: '12', zh: '天津', en: 'Tianjin' },
  { code: '13', zh: '河北', en: 'Hebei' },
  { code: '14', zh: '山西', en: 'Shanxi' },
  { code: '15', zh: '内蒙古', en: 'Inner Mongolia' },
  { code: '21', zh: '辽宁', en: 'Liaoning' },
  { code: '22', zh: '吉林', en: 'Jilin' },
  { code: '23', zh: '黑龙江', en: 'Heilongjiang' },
  { code: '31', zh: '上海', en: 'Shanghai' },
  { code: '32', zh: '江苏', en: 'Jiangsu' },
  { code: '33', zh: '浙江', en: 'Zhejiang' },
  { code: '34', zh: '安徽', en: 'Anhui' },
  { code: '35', zh: '福建', en: 'Fujian' },
  { code: '36', zh: '江西', en: 'Jiangxi' },
  { code: '37', zh: '山东', en: 'Shandong' },
  { code: '41', zh: '河南', en: 'Henan' },
  { code: '42', zh: '湖北', en: 'Hubei' },
  { code: '43', zh: '湖南', en: 'Hunan' },
  { code: '44', zh: '广东', en: 'Guangdong' },
  { code: '45', zh: '广西', en: 'Guangxi' },
  { code: '46', zh: '海南', en: 'Hainan' },
  { code: '50', zh: '重庆', en: 'Chongqing' },
  { code: '51', zh: '四川', en: 'Sichuan' },
  { code: '52', zh: '贵州', en: 'Guizhou' },
  { code: '53', zh: '云南', en: 'Yunnan' },
  { code: '54', zh: '西藏', en: 'Tibet' },
  { code: '61', zh: '陕西', en: 'Shaanxi' },
  { code: '62', zh: '甘肃', en: 'Gansu' },
  { code: '63', zh: '青海', en: 'Qinghai' },
  { code: '64', zh: '宁夏', en: 'Ningxia' },
  { code: '65', zh: '新疆', en: 'Xinjiang' },
  { code: '71', zh: '台湾', en: 'Taiwan' },
  { code: '81', zh: '香港', en: 'Hong Kong' },
  { code: '82', zh: '澳门', en: 'Macao' }
]

/** Suffixes of provincial names, longest first: 内蒙古自治区 and 内蒙古区 both shorten to 内蒙古. */
const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市', '区']

/**
 * A provincial name without its suffix (省, 市, 自治区…), in traditional or simplified form as given.
 *
 * @example shortProvinceName("内蒙古区") // => "内蒙古"
 */
export function shortProvinceName(name: string): string {
  const t = name.trim()
  for (const s of SUFFIXES) if (t.endsWith(s) && t.length > s.length + 1) return t.slice(0, -s.length)
  return t
}

/**
 * The English name of a province, from a label (Chinese name or administrative code), if known.
 *
 * @example provinceEnglish(["220000000", "吉林省"]) // => "Jilin"
 */
export function provinceEnglish(labels: readonly string[]): string | undefined {
  for (const l of labels) {
    const short = shortProvinceName(l)
    const hit = PROVINCES.find((p) => p.zh === short || (/^\d{2,}$/.test(l) && l.slice(0, 2) === p.code && /^0*$/.test(l.slice(2, 6))))
    if (hit) return hit.en
  }
  return undefined
}
