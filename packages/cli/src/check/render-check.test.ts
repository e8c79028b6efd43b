import { describe, expect, it } from 'vitest'
import { checkFixture } from '../test-support/check-fixture'
import { renderCheck } from './render-check'

describe('renderCheck', () => {
  it('shows the header, the targets, the findings most serious first, then the notes', () => {
    // gdp-growth: plan CAGR 0.21 → 21.0%, met; gdp-2006: 1,210 < 1,680, missed;
    // gdp-share: 0.4026275 → 40.3% < 50.0%, missed; no model path yet → –
    expect(renderCheck(checkFixture(), { lang: 'en' })).toBe(
      [
        'test-zone: Test zone, 2005–2010',
        '',
        'target      label                           bound   plan  model  status',
        '----------  ----------------------------  -------  -----  -----  ------',
        'gdp-growth  Zone GDP growth ≥ 21% a year  ≥ 21.0%  21.0%      –  met',
        'gdp-2006                                  ≥ 1,680  1,210      –  MISSED',
        'gdp-share   Half of the region            ≥ 50.0%  40.3%      –  MISSED',
        '',
        'warning level-rate-mismatch: 2006 gdp: 1,680 is 68.0% above 2005, not the stated 37.0%',
        'warning target-unreachable-on-plan: the plan path misses gdp-2006',
        'info implied-icor: the plan implies an ICOR of 3.2',
        '',
        'note: the model path gives no foreign_capital of its own: there they follow their plan path',
        ''
      ].join('\n')
    )
  })

  it('is all in Chinese with --lang zh but for ids, codes and the messages it cannot write, and leaves notes out with --quiet', () => {
    // header words, 達成/未達成 and 警告/提示 as the report's (report-words.ts); the label column is as wide
    // as 開發區生產總值年均增長21%以上: 13 wide characters and 3 narrow, 29 columns, and "gdp-share"'s
    // English label falls back from zh; the fixture's hand-made findings carry no fields, so their
    // English messages stay
    expect(renderCheck(checkFixture(), { lang: 'zh', quiet: true })).toBe(
      [
        'test-zone：測試開發區，2005–2010年',
        '',
        '目標        名稱                              要求   規劃  模型  狀態',
        '----------  -----------------------------  -------  -----  ----  ------',
        'gdp-growth  開發區生產總值年均增長21%以上  ≥ 21.0%  21.0%     –  達成',
        'gdp-2006                                   ≥ 1,680  1,210     –  未達成',
        'gdp-share   Half of the region             ≥ 50.0%  40.3%     –  未達成',
        '',
        '警告 level-rate-mismatch：2006 gdp: 1,680 is 68.0% above 2005, not the stated 37.0%',
        '警告 target-unreachable-on-plan：the plan path misses gdp-2006',
        '提示 implied-icor：the plan implies an ICOR of 3.2',
        ''
      ].join('\n')
    )
  })

  it('writes the notes in Chinese with --lang zh', () => {
    const text = renderCheck({ ...checkFixture(), findings: [], targets: [] }, { lang: 'zh' })
    expect(text).toBe('test-zone：測試開發區，2005–2010年\n\n情景未設定目標。\n\n沒有發現問題。\n\n說明：模型路徑不產生 foreign_capital：這些序列沿用規劃路徑\n')
  })

  it('writes the findings in Chinese from their fields with --lang zh, keeping a message it cannot write', () => {
    const landShort = {
      code: 'land-short',
      severity: 'warning' as const,
      message: 'The plan needs 12 km² of land; 8 km² are left.',
      land_needed_km2: 12,
      land_available_km2: 8,
      shortfall_km2: 4,
      year: 2008,
      scenario_end: 2008,
      project_investment_real_total: 120,
      money: 'yiyuan'
    }
    const infrastructure = {
      code: 'default-assumed',
      severity: 'info' as const,
      message: 'model.infrastructure is not given; zonecast assumes plan path: infrastructure spending follows the plan’s infrastructure path, held flat after its last stated year. State it in the scenario if you know better.',
      parameter: 'model.infrastructure',
      value: 'plan path',
      reason: 'infrastructure spending follows the plan’s infrastructure path, held flat after its last stated year',
      money: 'yiyuan'
    }
    const text = renderCheck({ ...checkFixture(), findings: [...checkFixture().findings, landShort, infrastructure] }, { lang: 'zh', quiet: true })
    // 120 億元 of investment on 12 km², 8 left: 12 − 8 = 4 km² short
    expect(text).toContain('警告 land-short：規劃的生產總值路徑需要新增項目投資120 億元（基年價格），按假定的投資強度需佔地12 平方公里，但規劃面積中尚未使用的只有8 平方公里：缺口4 平方公里，土地將於2008年用盡。')
    // the default's value and reason as the report's assumptions table gives them (zh-default-reason.ts)
    expect(text).toContain('提示 default-assumed：情景未給定1個模型參數，zonecast 採用了默認值：\n')
    expect(text).toContain('  model.infrastructure = 規劃路徑：基礎設施投資按規劃的基礎設施路徑，最後給定年份之後保持不變\n')
    // the fixture's hand-made findings carry no fields: their English messages stay
    expect(text).toContain('警告 target-unreachable-on-plan：the plan path misses gdp-2006\n')
  })

  it('shows model values, probabilities and an error finding once they exist', () => {
    const base = checkFixture()
    const first = base.targets[0]
    if (first === undefined) throw new Error('fixture has no target')
    const result = {
      ...base,
      targets: [{ ...first, model: { value: 0.1953, met: false }, probability: { value: 0.625, se: 0.0153, draws: 1000 }, status: 'missed' as const }],
      findings: [...base.findings, { code: 'land-short', severity: 'error' as const, message: 'the plan needs 80 km2 of land; 45 km2 are left' }]
    }
    const lines = renderCheck(result, { lang: 'en' }).split('\n')
    expect(lines[0]).toBe('test-zone: Test zone, 2005–2010')
    expect(lines[2]).toMatch(/probability$/)
    // model CAGR 0.1953 → 19.5%; probability 0.625 → 62.5%
    expect(lines[4]).toMatch(/≥ 21\.0% {2}21\.0% {2}19\.5% {2}MISSED +62\.5%$/)
    expect(lines[6]).toBe('error land-short: the plan needs 80 km2 of land; 45 km2 are left')
  })

  it('says so when there are no targets and no findings', () => {
    const text = renderCheck({ ...checkFixture(), targets: [], findings: [], notes: [] }, { lang: 'en' })
    expect(text).toBe('test-zone: Test zone, 2005–2010\n\nno targets\n\nno findings\n')
  })
})
