/**
 * Chinese messages of the findings about the plan path itself (MODEL.md §4), written from each
 * finding's data fields as the core writes its English ones (packages/core/src/checks/).
 */
import type { TargetKind } from '@zonecast/core'
import { formatTargetValue } from '../check/format-target-value'
import { pickLabel } from '../cli/pick-label'
import type { FindingFields } from './zh-finding-fields'
import { zhGrowth, zhLevels, zhPercent, zhPoints, zhSeries, zhUnit, zhYears } from './zh-finding-words'

/**
 * `level-rate-mismatch` (A3): a stated level and its stated growth disagree with the previous
 * year's level.
 *
 * @example levelRateMismatchZh(fields) // => "工業增加值（industrial_va）2006年：規劃水平1,080 億元比2005年的715.2 億元增長51.0%，…"
 */
export function levelRateMismatchZh(x: FindingFields): string {
  const year = x.num('year')
  const previousYear = x.num('previous_year')
  const [stated, previous, atStated, previousImplied] = [x.num('stated_level'), x.num('previous_level'), x.num('level_at_stated_growth'), x.num('previous_level_implied')]
  const lv = zhLevels([stated, previous, atStated, previousImplied], x.str('unit'))
  const growth = x.num('stated_growth')
  const implied = x.num('implied_growth')
  return (
    `${zhSeries(x.str('series'), x.label('series_label'))}${year}年：規劃水平${lv(stated)}比${previousYear}年的${lv(previous)}${zhGrowth(implied)}，` +
    `但規劃所列增速為${zhPercent(growth)}（相差${zhPoints(implied - growth)}）。` +
    `按${zhPercent(growth)}的增速，${year}年水平應為${lv(atStated)}；以${zhPercent(growth)}的增速達到${lv(stated)}，${previousYear}年水平應為${lv(previousImplied)}。` +
    '三個數字之一有誤，或口徑不同（統計範圍、價格基礎）。'
  )
}

/**
 * `parts-exceed-total` and `parts-short-of-total` (A4): the listed parts differ from their total.
 *
 * @param exceed true for `parts-exceed-total`
 * @example partsVsTotalZh(fields, true) // => "基礎設施投資（infrastructure）2010年：所列5個分項合計3.13 億元，比給定的總數2.5 億元多0.63 億元（25.3%）。…"
 */
export function partsVsTotalZh(x: FindingFields, exceed: boolean): string {
  const unit = x.str('unit')
  const parts = x.numberMap('parts')
  const names = Object.keys(parts)
  const [sum, total, gap] = [x.num('parts_sum'), x.num('total'), Math.abs(x.num('difference'))]
  const lv = zhLevels([sum, total, gap], unit)
  const part = zhLevels(Object.values(parts))
  const source = x.str('total_source')
  const unitName = zhUnit(unit).trim()
  if (source === 'base') {
    // the base year's project investment and infrastructure against its investment (M2b)
    const project = parts['project_investment']
    const listed = project === undefined ? `基礎設施投資${part(parts['infrastructure'] ?? NaN)}一項即` : `項目投資${part(project)}與基礎設施投資${part(parts['infrastructure'] ?? NaN)}合計${lv(sum)}，`
    return (
      `${zhSeries(x.str('series'), x.label('series_label'))}${x.num('year')}年（基年）：${listed}比基年的投資總額${lv(total)}${exceed ? '多' : '少'}${lv(gap)}（${zhPercent(Math.abs(x.num('relative_difference')))}）。` +
      `模型路徑保留觀測到的${lv(total)}，並使用項目投資${project === undefined ? '0（M2）' : `${part(project)}（M2、M4）`}；請更正基年數據中有誤的一項。`
    )
  }
  const totalWhat = source === 'stated' ? '給定的總數' : '規劃路徑上的數值'
  const why = exceed ? '要麼總數低估了建設規模，要麼部分項目本年不會安排資金。' : '要麼清單漏列了項目，要麼總數包含未列出的支出。'
  return (
    `${zhSeries(x.str('series'), x.label('series_label'))}${x.num('year')}年：所列${names.length}個分項合計${lv(sum)}，` +
    `比${totalWhat}${lv(total)}${exceed ? '多' : '少'}${lv(gap)}（${zhPercent(Math.abs(x.num('relative_difference')))}）。${why}` +
    `分項${unitName ? `（${unitName}）` : ''}：${names.map((k) => `${k} ${part(parts[k]!)}`).join('、')}。`
  )
}

/**
 * `front-loaded`: first-year growth exceeds the average growth of the remaining years by more
 * than ten points.
 *
 * @example frontLoadedZh(fields) // => "生產總值（gdp）2006年增長36.8%（1,227.79 億元 → 1,680 億元），但2007–2010年年均只增長17.3%（…）：第一年高出19.5個百分點。…"
 */
export function frontLoadedZh(x: FindingFields): string {
  const unit = x.str('unit')
  const firstYear = x.num('first_year')
  const rest = x.num('remaining_years_growth')
  const levels = [x.num('base_level'), x.num('first_year_level'), x.num('end_level')]
  const [x0, x1, xT] = levels.map(zhLevels(levels, unit))
  return (
    `${zhSeries(x.str('series'), x.label('series_label'))}${firstYear}年${zhGrowth(x.num('first_year_growth'))}（${x0} → ${x1}），` +
    `但${zhYears(firstYear + 1, x.num('end_year'))}年均${rest >= 0 ? '只' : ''}${zhGrowth(rest)}（${x1} → ${xT}）：第一年高出${zhPoints(x.num('difference'))}。` +
    '規劃依賴第一年的跳升；如果它來自一次性因素（新納入統計的園區、一個大項目），以後各年不會再有這樣的推動。'
  )
}

/**
 * `mixed-price-basis` (P0): a target compares constant-price and current-price series and the
 * scenario gives no inflation.
 *
 * @example mixedPriceBasisZh(fields) // => "目標 s 將可比價的全區域生產總值（region.gdp）與現價的財政收入（fiscal_revenue）相比較，…"
 */
export function mixedPriceBasisZh(x: FindingFields): string {
  const names = (series: string, labels: string) => {
    const l = x.labels(labels)
    return x
      .strs(series)
      .map((ref, i) => zhSeries(ref, l[i]))
      .join('、')
  }
  return (
    `目標 ${x.str('target')} 將可比價的${names('real_series', 'real_series_labels')}與現價的${names('nominal_series', 'nominal_series_labels')}相比較，` +
    '而情景未給定通脹率，因此兩者按價格從未變動來比較：結果的偏差等於基年以來的價格漲幅。' +
    '請給出通脹率（inflation，一條增速路徑）；如果規劃數字實際上是同一價格基礎，請在序列設定（series）中註明其價格基礎（prices）。'
  )
}

/**
 * `target-unreachable-on-plan`: the plan's own path misses one of its targets, or cannot be
 * evaluated for it. Values as the targets table shows them, levels with their unit.
 *
 * @example targetUnreachableOnPlanZh(fields) // => "規劃自身的數字不滿足目標 fiscal-revenue-share-2010（“…”）：規劃路徑給出38.8%，目標要求不低於50.0%。…"
 */
export function targetUnreachableOnPlanZh(x: FindingFields): string {
  const id = x.str('target')
  const label = pickLabel(x.label('target_label'), 'zh', '')
  const named = `目標 ${id}${label ? `（“${label}”）` : ''}`
  const value = x.numOrNull('plan_value')
  if (value === null) return `${named}${label ? '' : ' '}無法在規劃路徑上評估：規劃缺少它所需的某一年份或序列的數值。請補充缺失的規劃水平或基年值。`
  const kind = x.str('target_kind') as TargetKind
  const unit = x.optStr('unit')
  const show = (v: number) => formatTargetValue(kind, v) + (unit === undefined ? '' : zhUnit(unit))
  const min = x.optNum('min')
  const max = x.optNum('max')
  const bound = [min === undefined ? '' : `不低於${show(min)}`, max === undefined ? '' : `不高於${show(max)}`].filter(Boolean).join('且')
  return `規劃自身的數字不滿足${named}：規劃路徑給出${show(value)}，目標要求${bound}。規劃自相矛盾：所列數字中必有一個需要修改。`
}
