import type { FindingFields } from './zh-finding-fields'
import { zhGrowth, zhLevels, zhPercent, zhSeries } from './zh-finding-words'

/** Decimals of the growth rates of this finding: 5.97%, as the core writes them. */
const GROWTH_DECIMALS = 2

/**
 * `implied-rest-growth` (MODEL.md §4) in Chinese: for a share target (min m, year τ), the
 * highest average growth the rest of the region may have, `(X(τ)·(1/m − 1) / rest(t0))^(1/(τ−t0)) − 1`,
 * against the region's own growth and the region path as given; or, when the zone's base is not
 * less than the region's, that the zone cannot be part of the region.
 *
 * @example impliedRestGrowthZh(fields) // => "要使生產總值（gdp）在2010年佔全區域生產總值（region.gdp）的50.0%（目標 gdp-share-2010），…"
 */
export function impliedRestGrowthZh(x: FindingFields): string {
  const g = (v: number) => zhPercent(v, GROWTH_DECIMALS)
  const t0 = x.num('base_year')
  const year = x.num('year')
  const zone = zhSeries(x.str('series'), x.label('series_label'))
  const region = zhSeries(x.str('region_series'), x.label('region_series_label'))
  const [x0, xT, r0, rT] = [x.num('zone_base'), x.num('zone_at_year'), x.num('region_base'), x.num('region_at_year')]
  // every level here is the zone's or the region's, compared with one another: one precision
  const lv = zhLevels([x0, xT, r0, rT], x.str('unit'))
  const implied = x.numOrNull('implied_rest_growth')
  if (implied === null) return `${zone}${t0}年為${lv(x0)}，不小於${region}的${lv(r0)}：按所給數字，開發區不可能是該區域的一部分。請核對區域的基年值及其單位。`
  const rest0 = x.num('rest_base')
  const regionGrowth = x.numOrNull('region_growth')
  const onPaths = x.numOrNull('rest_growth_on_paths')
  const head =
    `要使${zone}在${year}年佔${region}的${zhPercent(x.num('share_min'))}（目標 ${x.str('target')}），在開發區按規劃路徑發展（${t0}年${lv(x0)} → ${year}年${lv(xT)}）的情況下，` +
    `區域其餘部分（${t0}年${lv(rest0)}）年均增速至多為${g(implied)}，${year}年至多為${lv(x.num('rest_max_at_year'))}。`
  const regionText = regionGrowth === null ? '' : `區域整體假定年均${zhGrowth(regionGrowth, GROWTH_DECIMALS)}（${lv(r0)} → ${lv(rT)}）${regionGrowth > 0 ? `，其一半為${g(regionGrowth / 2)}` : ''}。`
  const verdict =
    implied < 0
      ? '區域其餘部分必須萎縮：這一目標要求開發區的增長超過整個區域。'
      : regionGrowth !== null && implied < regionGrowth / 2
        ? '這不到區域自身增速的一半：比重目標要求區域其餘部分停滯不前，而開發區高速增長。'
        : ''
  // what the region path as given leaves for the rest of the region: null when nothing is left
  const pathsText =
    onPaths !== null && onPaths >= 0
      ? ''
      : `按所給的區域路徑，${onPaths === null ? `區域其餘部分到${year}年不復存在（開發區的${lv(xT)}不小於區域的${lv(rT)}）` : `區域其餘部分年均萎縮${g(-onPaths)}（${lv(rest0)} → ${lv(rT - xT)}）`}：開發區的規劃與區域路徑不能同時成立。`
  return head + regionText + verdict + pathsText
}
