/**
 * Numbers, units and names in a Chinese finding message, formatted as the rest of a `--lang zh`
 * report formats them: levels as the targets table (about six significant digits, thousands
 * separators), rates in percent with one decimal, ratios with two, units as the report writes
 * them after an amount (億元, 平方公里).
 */
import type { Label } from '@zonecast/core'
import { unitSuffix } from '@zonecast/plot/units'
import { chartUnit } from '../chart/chart-unit'
import { pickLabel } from '../cli/pick-label'
import { formatNumber } from '../format/format-number'
import { levelDecimals } from '../format/level-decimals'

/** Decimals of an ICOR or a debt ratio: 1.89, as the requirements table shows them. */
const RATIO_DECIMALS = 2

/**
 * The unit written after an amount, from a finding's `unit` or `money` (`yiyuan`, `km2`,
 * `count`, `ratio`): " 億元", " 平方公里", nothing for counts and ratios.
 *
 * @example zhUnit('km2') // => " 平方公里"
 */
export function zhUnit(unit: string): string {
  return unitSuffix(chartUnit({ unit, prices: 'nominal', label: {} }, 0), 'zh')
}

/**
 * A level, with its unit when one is given.
 *
 * @example zhLevel(5190.771, 'yiyuan') // => "5,190.77 億元"
 */
export function zhLevel(x: number, unit?: string): string {
  return zhLevels([x], unit)(x)
}

/**
 * A format for levels compared in one sentence: the decimals of the largest (levelDecimals), so
 * that 3.13 against 2.5 differs by 0.63, not 0.633.
 *
 * @example zhLevels([3.1335, 2.5, 0.6335], 'yiyuan')(0.6335) // => "0.63 億元"
 */
export function zhLevels(values: readonly number[], unit?: string): (x: number) => string {
  const decimals = levelDecimals(values)
  const suffix = unit === undefined ? '' : zhUnit(unit)
  return (x) => formatNumber(x, { style: 'level', decimals, trim: true }) + suffix
}

/**
 * A fraction in percent.
 *
 * @example zhPercent(0.5) // => "50.0%"
 */
export function zhPercent(x: number, decimals = 1): string {
  return formatNumber(x, { style: 'percent', decimals })
}

/**
 * A change as words: 增長 for a rise, 下降 for a fall.
 *
 * @example zhGrowth(-0.05) // => "下降5.0%"
 */
export function zhGrowth(x: number, decimals = 1): string {
  return x >= 0 ? `增長${zhPercent(x, decimals)}` : `下降${zhPercent(-x, decimals)}`
}

/**
 * A difference of rates in percentage points, unsigned.
 *
 * @example zhPoints(0.16) // => "16.0個百分點"
 */
export function zhPoints(x: number): string {
  return `${formatNumber(Math.abs(x) * 100, { style: 'level', decimals: 1 })}個百分點`
}

/**
 * A ratio (an ICOR, debt over revenue) with two decimals.
 *
 * @example zhRatio(1.2586) // => "1.26"
 */
export function zhRatio(x: number): string {
  return formatNumber(x, { style: 'level', decimals: RATIO_DECIMALS })
}

/**
 * One year or a span of years.
 *
 * @example zhYears(2005, 2009) // => "2005–2009年"
 */
export function zhYears(from: number, to: number): string {
  return from === to ? `${to}年` : `${from}–${to}年`
}

/**
 * A series by its Chinese label (else its English one) and its key; a region series as the
 * whole region's.
 *
 * @example zhSeries('region.gdp', { en: 'GDP', zh: '生產總值' }) // => "全區域生產總值（region.gdp）"
 */
export function zhSeries(ref: string, label: Label | undefined): string {
  const region = ref.startsWith('region.')
  const key = region ? ref.slice('region.'.length) : ref
  const name = pickLabel(label, 'zh', key)
  // a series with no label is named by its key alone
  return name === key ? ref : `${region ? '全區域' : ''}${name}（${ref}）`
}
