/**
 * Chinese messages of the findings about what the plan needs and what the model path does
 * (MODEL.md §3–§4), written from each finding's data fields as the core writes its English ones
 * (packages/core/src/checks/).
 */
import { formatNumber } from '../format/format-number'
import { defaultValueText, parameterKind } from './default-value-text'
import type { FindingFields } from './zh-finding-fields'
import { zhDefaultReason } from './zh-default-reason'
import { zhLevel, zhLevels, zhRatio, zhUnit, zhYears } from './zh-finding-words'

/**
 * `implied-icor` (R4): the ICOR the plan's investment and growth paths imply, against
 * `checks.icor_range`.
 *
 * @example impliedIcorZh(fields) // => "規劃每新增1元年生產總值需投資1.89元（實際值，基年價格）：2005–2009年的固定資產投資對應2005–2010年的生產總值增長（滯後1年），…"
 */
export function impliedIcorZh(x: FindingFields): string {
  const v = x.num('implied_icor')
  const [lo, hi] = x.pair('range')
  const bound = (b: number) => formatNumber(b, { style: 'level', decimals: 2, trim: true })
  const gestation = x.num('gestation_years')
  const t0 = x.num('base_year')
  const end = x.num('end_year')
  const meaning =
    v < lo
      ? `低於${bound(lo)}，意味著每元投資帶來的產出要超過中國工業曾經達到的水平：相對投資而言規劃的增長偏樂觀，或者投資被低估。`
      : v > hi
        ? `高於${bound(hi)}，意味著規劃每單位新增產出的投資遠高於通常水平：相對增長而言投資偏大，或者其中很大部分不產生產出。`
        : `在合理區間[${bound(lo)}, ${bound(hi)}]之內。`
  return (
    `規劃每新增1元年生產總值需投資${zhRatio(v)}元（實際值，基年價格）：${zhYears(t0 + 1 - gestation, end - gestation)}的固定資產投資對應${zhYears(t0, end)}的生產總值增長（滯後${gestation}年），` +
    `隱含資本產出比為${zhRatio(v)}。${meaning}`
  )
}

/**
 * `land-short` (R2): the plan's growth needs more land than the zone has left.
 *
 * @example landShortZh(fields) // => "規劃的生產總值路徑需要新增項目投資5,190.77 億元（基年價格），…缺口2.21 平方公里，土地將於2009年用盡。…"
 */
export function landShortZh(x: FindingFields): string {
  const [needed, available, short] = [x.num('land_needed_km2'), x.num('land_available_km2'), x.num('shortfall_km2')]
  const km2 = zhLevels([needed, available, short], 'km2')
  const runsOut = x.numOrNull('year')
  return (
    `規劃的生產總值路徑需要新增項目投資${zhLevel(x.num('project_investment_real_total'), x.str('money'))}（基年價格），按假定的投資強度需佔地${km2(needed)}，` +
    `但規劃面積中尚未使用的只有${km2(available)}：缺口${km2(short)}${runsOut === null ? '' : `，土地將於${runsOut}年用盡`}。` +
    '可提高投資強度（每畝投資更多）、擴大規劃面積、盤活閒置土地，或降低增長目標。'
  )
}

/**
 * `debt-limit-breached` (M10, M11): on the model path the debt exceeds its limit, a multiple of
 * a year's revenue.
 *
 * @example debtLimitBreachedZh(fields) // => "模型路徑上，開發區債務在2009年達到294.94 億元，為當年財政收入的1.26倍，超過上限1.00倍；2010年達到峰值，為財政收入的1.53倍。…"
 */
export function debtLimitBreachedZh(x: FindingFields): string {
  const year = x.num('year')
  const peakYear = x.num('peak_year')
  return (
    `模型路徑上，開發區債務在${year}年達到${zhLevel(x.num('debt'), x.str('money'))}，為當年財政收入的${zhRatio(x.num('debt_ratio'))}倍，超過上限${zhRatio(x.num('debt_limit'))}倍` +
    `${peakYear === year ? '' : `；${peakYear}年達到峰值，為財政收入的${zhRatio(x.num('peak_debt_ratio'))}倍`}。` +
    '基礎設施建設超出了財政收入、土地出讓和上級補助所能承擔的範圍。可放緩基礎設施建設、提高財政撥款比例或土地出讓價格，或爭取上級補助。'
  )
}

/**
 * `default-assumed`: a model parameter fell back to its default; its value in the parameter's
 * unit (as the assumptions table shows it) and the reason in Chinese.
 *
 * @example defaultAssumedZh(fields) // => "情景未給定 model.infrastructure；zonecast 採用規劃路徑：基礎設施投資按規劃的基礎設施路徑，最後給定年份之後保持不變。如有更好的依據，請在情景中給定。"
 */
export function defaultAssumedZh(x: FindingFields): string {
  const parameter = x.str('parameter')
  const value = defaultValueText(x.numOrStr('value'), parameterKind(parameter), { lang: 'zh', money: zhUnit(x.str('money')).trim() })
  return `情景未給定 ${parameter}；zonecast 採用${value}：${zhDefaultReason(parameter, x.str('reason'))}。如有更好的依據，請在情景中給定。`
}
