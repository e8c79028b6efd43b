/**
 * The fixed words of the Chinese notebooks (zh/), in traditional script with the terms of
 * zonecast's Chinese charts and reports (packages/plot/src/format/words.ts,
 * packages/cli/src/report/report-words.ts): 億元, 平方公里, 規劃路徑, 模型路徑, 達成/未達成.
 */

/** A target's status on the model path. */
export const STATUS = {met: '達成', missed: '未達成'}

/** A finding's severity, as `zonecast check --lang zh` reports it. */
export const SEVERITY = {error: '錯誤', warning: '警告', info: '提示'}

/** The money units of a scenario (`money:`) as the Chinese charts write them. */
const MONEY = {yuan: '元', wanyuan: '萬元', yiyuan: '億元', wanyiyuan: '萬億元', usd: '美元', wanusd: '萬美元', yiusd: '億美元'}

/**
 * A label of the scenario file in Chinese: its `zh`, else its English (a plain string is
 * English), else `fallback` (an id or a name).
 *
 * @example zh({ en: 'ICOR', zh: '資本產出比' }, 'icor') // => "資本產出比"
 * @example zh(undefined, 'icor') // => "icor"
 */
export function zh(label, fallback) {
  if (typeof label === 'string') return label
  return label?.zh ?? label?.en ?? fallback
}

/**
 * Money with its price basis, as an axis says it.
 *
 * @example money(2005) // => "億元，2005年價格"
 * @example money() // => "億元，當年價格"
 */
export function money(baseYear, unit = 'yiyuan') {
  return `${MONEY[unit] ?? unit}，${baseYear === undefined ? '當年價格' : `${baseYear}年價格`}`
}

/**
 * A series' unit from core's run metadata (`run.meta[series]`) in Chinese: money with its price
 * basis, 平方公里 for land, nothing for a ratio.
 *
 * @example unit({ unit: 'yiyuan', prices: 'real' }, 2005) // => "億元，2005年價格"
 * @example unit({ unit: 'km2', prices: 'none' }, 2005) // => "平方公里"
 */
export function unit(meta, baseYear) {
  if (!meta?.unit || meta.unit === 'ratio') return ''
  if (meta.unit === 'km2') return '平方公里'
  if (meta.unit in MONEY) return money(meta.prices === 'real' ? baseYear : undefined, meta.unit)
  return meta.unit
}
