/**
 * `check`'s `implied-rest-growth` finding (packages/core/src/checks/implied-rest-growth.ts), whose
 * message core writes in English, said in Chinese from the finding's own numbers.
 */
import {num, pct} from './format.js'

/**
 * The finding in Chinese; a finding without an implied growth (a region no larger than its zone)
 * keeps core's message.
 *
 * @param f the finding, with `zone_base`, `zone_at_year`, `rest_base`, `rest_max_at_year`, `implied_rest_growth`, `region_growth`, `share_min`, `year`, `target`
 * @param baseYear the scenario's base year, which the numbers `*_base` are of (the finding's own `base_year` when it has one)
 * @example restGrowthZh(f, 2005) // => "比重目標限定了全省其餘部分的增速：開發區沿規劃路徑（2005年1,227.79 → 2010年3,184.57）…"
 */
export function restGrowthZh(f, baseYear) {
  if (!f) return '–'
  if (f.implied_rest_growth === null || f.implied_rest_growth === undefined) return f.message
  const year0 = f.base_year ?? baseYear
  const region = f.region_growth ?? null
  const regionText = region === null ? '' : `全省整體假定年均增長${pct(region, 2)}，其一半為${pct(region / 2, 2)}。`
  const stall = region !== null && f.implied_rest_growth < region / 2 ? '這不到全省自身增速的一半：比重目標要求全省其餘部分停滯不前，而開發區突飛猛進。' : ''
  return (
    `比重目標限定了全省其餘部分的增速：開發區沿規劃路徑（${year0}年${num(f.zone_base, 2)} → ${f.year}年${num(f.zone_at_year, 2)}），要在${f.year}年佔全省的${pct(f.share_min, 0)}（目標 ${f.target}），` +
    `全省其餘部分（${year0}年${num(f.rest_base, 2)}）年均至多增長${pct(f.implied_rest_growth, 2)}，${f.year}年至多為${num(f.rest_max_at_year, 2)}。${regionText}${stall}`
  )
}
