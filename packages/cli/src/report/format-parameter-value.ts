import { Distribution } from '@zonecast/core'
import type { LevelPath, Num, RatePath } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { formatNumber } from '../format/format-number'
import type { ParameterKind, ParameterValue } from './model-parameters'

/** Digits after the point of a parameter: enough for a 0.048 share or a 2.59 ICOR, trailing zeros dropped. */
const PARAMETER_DECIMALS = 4
/** Digits after the point of a rate in percent: 2.48%. */
const PERCENT_DECIMALS = 2

/** What `formatParameterValue` needs besides the value. */
export interface ParameterFormat {
  lang: Lang
  /** the scenario's money unit as written after an amount, e.g. "億元" */
  money: string
}

/**
 * A model parameter's value for a report: rates in percent, amounts with their unit, a
 * distribution as its central value with its kind and range, a path as its years or growth.
 *
 * @example formatParameterValue(0.062, 'rate', { lang: 'en', money: '億元' }) // => "6.2%"
 * @example formatParameterValue(new Distribution({ dist: 'triangular', min: 3, mode: 4, max: 5 }), 'ratio', { lang: 'en', money: '億元' }) // => "4 (triangular, 3–5)"
 */
export function formatParameterValue(value: ParameterValue, kind: ParameterKind, f: ParameterFormat): string {
  if (value === undefined || value === null) return '–'
  if (typeof value === 'number' || value instanceof Distribution) return formatNum(value, kind, f)
  return kind === 'rate-path' ? formatRatePath(value as RatePath<Num>, f) : formatLevelPath(value as LevelPath<Num>, kind, f)
}

/**
 * A number of a parameter's kind with its unit.
 *
 * @example formatAmount(1.5, 'money-per-area', { lang: 'zh', money: '億元' }) // => "1.5 億元/平方公里"
 */
export function formatAmount(x: number, kind: ParameterKind, f: ParameterFormat): string {
  const n = (v: number) => formatNumber(v, { style: 'level', decimals: PARAMETER_DECIMALS, trim: true })
  switch (kind) {
    case 'rate':
    case 'rate-path':
      return formatNumber(x, { style: 'percent', decimals: PERCENT_DECIMALS, trim: true })
    case 'years':
      return f.lang === 'zh' ? `${n(x)}年` : `${n(x)} year${x === 1 ? '' : 's'}`
    case 'money':
    case 'money-path':
      return `${n(x)} ${f.money}`
    case 'area':
      return `${n(x)} ${f.lang === 'zh' ? '平方公里' : 'km²'}`
    case 'money-per-area':
      return `${n(x)} ${f.money}/${f.lang === 'zh' ? '平方公里' : 'km²'}`
    case 'ratio':
      return n(x)
  }
}

// a number or a distribution: its central value, then its kind and range
function formatNum(x: Num, kind: ParameterKind, f: ParameterFormat): string {
  if (typeof x === 'number') return formatAmount(x, kind, f)
  const a = (v: number) => formatAmount(v, kind, f)
  const s = x.spec
  const zh = f.lang === 'zh'
  const names: Record<string, string> = zh ? { normal: '正態分佈', lognormal: '對數正態分佈', uniform: '均勻分佈', triangular: '三角分佈', pert: 'PERT分佈', discrete: '離散分佈' } : {}
  const name = names[s.dist] ?? s.dist
  const sep = zh ? '，' : ', '
  let range: string
  switch (s.dist) {
    case 'normal':
      range = `${name}${sep}sd ${a(s.sd)}`
      break
    case 'lognormal':
      range = `${name}${sep}sd_log ${formatNumber(s.sdLog, { style: 'level', decimals: PARAMETER_DECIMALS, trim: true })}`
      break
    case 'discrete':
      range = `${name}${sep}${s.values.map(a).join(zh ? '、' : ', ')}`
      break
    default:
      range = `${name}${sep}${a(s.min)}–${a(s.max)}`
  }
  return zh ? `${a(x.central())}（${range}）` : `${a(x.central())} (${range})`
}

// a level path: a constant, its stated years, or its growth from a base
function formatLevelPath(path: LevelPath<Num>, kind: ParameterKind, f: ParameterFormat): string {
  const zh = f.lang === 'zh'
  switch (path.kind) {
    case 'constant':
      return formatNum(path.value, kind, f)
    case 'years':
      return path.points.map(([year, v]) => (zh ? `${year}年 ${formatNum(v, kind, f)}` : `${year}: ${formatNum(v, kind, f)}`)).join(zh ? '；' : '; ')
    case 'growth': {
      const growth = formatRatePath(path.growth, f)
      const from = path.base === undefined ? (zh ? '基年值' : 'the base-year value') : formatNum(path.base, kind, f)
      return zh ? `從${from}起年增長${growth}` : `from ${from}, growing ${growth} a year`
    }
  }
}

// a rate path: a constant, or its stated years
function formatRatePath(path: RatePath<Num>, f: ParameterFormat): string {
  if (path.kind === 'constant') return formatNum(path.value, 'rate', f)
  return path.points.map(([year, v]) => (f.lang === 'zh' ? `${year}年 ${formatNum(v, 'rate', f)}` : `${year}: ${formatNum(v, 'rate', f)}`)).join(f.lang === 'zh' ? '；' : '; ')
}
