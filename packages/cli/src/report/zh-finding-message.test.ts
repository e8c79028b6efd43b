import { readdirSync, readFileSync } from 'node:fs'
import type { Finding } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { zhFindingCodes, zhFindingMessage } from './zh-finding-message'

const coreSource = new URL('../../../core/src/', import.meta.url)

/**
 * Every finding code the core can emit, read from its source: the kebab-case string literals in
 * the expression after a `code:` key (`code: 'land-short'`, `code: exceed ? 'parts-exceed-total'
 * : 'parts-short-of-total'`), in every non-test file. A code added to the core appears here
 * without anyone listing it.
 */
function coreFindingCodes(): string[] {
  const codes = new Set<string>()
  const files = readdirSync(coreSource, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  for (const file of files) {
    const text = readFileSync(new URL(file, coreSource), 'utf8')
    for (const [, expression] of text.matchAll(/\bcode:\s*([^,\n}]+)/g)) for (const [, code] of expression!.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)) codes.add(code!)
  }
  return [...codes].sort()
}

describe('zhFindingMessage', () => {
  it('has a Chinese message for every finding code the core emits', () => {
    const codes = coreFindingCodes()
    // the eleven codes of MODEL.md §4 that `check` emits (history-outlier is calibrate's, not a Finding):
    // a sanity floor, so that a scan that finds nothing cannot pass
    expect(codes.length).toBeGreaterThanOrEqual(11)
    expect(codes.filter((c) => !zhFindingCodes.includes(c))).toEqual([])
  })

  it('writes the branches the seed scenarios do not reach', () => {
    // one plan year, ℓ = 0: investment 2006 against GDP growth 2005–2006 (core implied-icor.test.ts), ICOR 4 inside [2.5, 7], 8 above it
    const icor: Finding = { code: 'implied-icor', severity: 'info', message: '…', implied_icor: 4, range: [2.5, 7], gestation_years: 0, base_year: 2005, end_year: 2006 }
    expect(zhFindingMessage(icor)).toContain('2006年的固定資產投資對應2005–2006年的生產總值增長（滯後0年），隱含資本產出比為4.00。在合理區間[2.5, 7]之內。')
    expect(zhFindingMessage({ ...icor, implied_icor: 8 })).toContain('高於7，')
    // the base year's parts against its investment (core parts-vs-total.test.ts: 25 + 6 = 31 against 30, 3.3%; infrastructure 12 alone against 10, 20%)
    const baseParts: Finding = { code: 'parts-exceed-total', severity: 'warning', message: '…', series: 'investment', series_label: { en: 'Fixed-asset investment', zh: '固定資產投資' }, unit: 'yiyuan', year: 2009, parts_sum: 31, total: 30, difference: 1, relative_difference: 1 / 30, parts: { project_investment: 25, infrastructure: 6 }, total_source: 'base' }
    expect(zhFindingMessage(baseParts)).toContain('2009年（基年）：項目投資25與基礎設施投資6合計31 億元，比基年的投資總額30 億元多1 億元（3.3%）。模型路徑保留觀測到的30 億元，並使用項目投資25（M2、M4）')
    const infraOnly: Finding = { ...baseParts, parts_sum: 12, total: 10, difference: 2, relative_difference: 0.2, parts: { infrastructure: 12 } }
    expect(zhFindingMessage(infraOnly)).toContain('2009年（基年）：基礎設施投資12一項即比基年的投資總額10 億元多2 億元（20.0%）。模型路徑保留觀測到的10 億元，並使用項目投資0（M2）')
    // a target the plan path cannot evaluate
    const missing: Finding = { code: 'target-unreachable-on-plan', severity: 'warning', message: '…', target: 'fdi-2010', plan_value: null, min: 1, target_kind: 'level', unit: 'yiyuan' }
    expect(zhFindingMessage(missing)).toBe('目標 fdi-2010 無法在規劃路徑上評估：規劃缺少它所需的某一年份或序列的數值。請補充缺失的規劃水平或基年值。')
    // debt above its limit first in its peak year: no second year named (core debt-limit-breached.test.ts: 12 in 2008, 1.2 times revenue)
    const debt: Finding = { code: 'debt-limit-breached', severity: 'warning', message: '…', year: 2008, debt_ratio: 1.2, debt: 12, peak_year: 2008, peak_debt_ratio: 1.2, debt_limit: 1, money: 'yiyuan' }
    expect(zhFindingMessage(debt)).toContain('開發區債務在2008年達到12 億元，為當年財政收入的1.20倍，超過上限1.00倍。')
    // a share the zone can reach only if the rest of the region shrinks, on a region path that leaves no rest:
    // zone 19 → 90 against a region 100 → 80 (rest 81 → −10), at most 90·(1/0.9 − 1) = 10 for the rest
    const rest: Finding = {
      code: 'implied-rest-growth',
      severity: 'warning',
      message: '…',
      series: 'gdp',
      region_series: 'region.gdp',
      target: 's',
      year: 2007,
      share_min: 0.9,
      zone_base: 19,
      zone_at_year: 90,
      region_base: 100,
      rest_base: 81,
      region_growth: Math.sqrt(0.8) - 1,
      implied_rest_growth: Math.sqrt(10 / 81) - 1,
      rest_max_at_year: 10,
      rest_growth_on_paths: null,
      series_label: { zh: '生產總值' },
      region_series_label: { zh: '生產總值' },
      unit: 'yiyuan',
      base_year: 2005,
      region_at_year: 80
    }
    const zh = zhFindingMessage(rest)
    // (10/81)^(1/2) − 1 = −64.86%; (0.8)^(1/2) − 1 = −10.56%: the region falls, so no half of its growth is given
    expect(zh).toContain('年均增速至多為-64.86%')
    expect(zh).toContain('區域整體假定年均下降10.56%（100 億元 → 80 億元）。區域其餘部分必須萎縮')
    expect(zh).toContain('區域其餘部分到2007年不復存在（開發區的90 億元不小於區域的80 億元）')
  })

  it('keeps the English message for a code it does not know', () => {
    const f: Finding = { code: 'some-new-check', severity: 'info', message: 'A check from a newer core.' }
    expect(zhFindingMessage(f)).toBe('A check from a newer core.')
  })

  it('keeps the English message when a field it needs is missing or of another type', () => {
    // a land-short finding as an older core wrote it: no project_investment_real_total, no money
    const old: Finding = { code: 'land-short', severity: 'warning', message: 'The plan needs more land.', land_needed_km2: 12, land_available_km2: 8, shortfall_km2: 4, year: 2008 }
    expect(zhFindingMessage(old)).toBe('The plan needs more land.')
    const wrong: Finding = { ...old, project_investment_real_total: '120', money: 'yiyuan' }
    expect(zhFindingMessage(wrong)).toBe('The plan needs more land.')
    // with both, the same finding is written in Chinese: 12 − 8 = 4 km² short
    const now: Finding = { ...old, project_investment_real_total: 120, money: 'yiyuan' }
    expect(zhFindingMessage(now)).toContain('缺口4 平方公里')
  })
})
