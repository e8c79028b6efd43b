import { describe, expect, it } from 'vitest'
import { checkFixture } from '../test-support/check-fixture'
import { renderRequirements } from './render-requirements'

describe('renderRequirements', () => {
  it('is empty when the plan gives no GDP path', () => {
    expect(renderRequirements({ ...checkFixture(), requirements: {} }, 'en')).toBe('')
  })

  it('lists investment, ICOR, land and borrowing', () => {
    const text = renderRequirements(withRequirements(), 'en')
    expect(text).toMatch(/implied ICOR of the plan \(R4\)\s+1\.89/)
    // 53.3333 km² at one decimal
    expect(text).toMatch(/land the new investment needs \(km²\)\s+53\.3/)
    expect(text).toMatch(/land runs out in\s+2007/)
    expect(text).toMatch(/peak debt ratio .*\s+1\.23 in 2007/)
  })

  it('is in Chinese with --lang zh, header and rows as the report words them, aligned by terminal columns', () => {
    // every row is 52 terminal columns (checked with Python's unicodedata.east_asian_width: W and F
    // count two, the en dash one): the widest label, 超出現有已開發土地的開發投入（基年價格）, is
    // 20 wide characters = 40 columns, the widest value, 2007年1.23, 10; 40 + 2 + 10 = 52
    expect(renderRequirements(withRequirements(), 'zh')).toBe(
      [
        '規劃路徑的要求                                  數值',
        '----------------------------------------  ----------',
        '2006–2010年新增項目投資（基年價格）            880.0',
        '2006–2010年規劃基礎設施投資（基年價格）        150.0',
        '規劃隱含的資本產出比（R4）                      1.89',
        '新增投資所需土地（平方公里）                    53.3',
        '尚未使用的土地（平方公里）                      40.0',
        '土地用盡年份                                    2007',
        '超出現有已開發土地的開發投入（基年價格）        12.5',
        '開發投入全部舉債時的債務率峰值（R5）      2007年1.23',
        ''
      ].join('\n')
    )
  })
})

// the fixture with requirements: land runs out in 2007, borrowing peaks that year
function withRequirements(): ReturnType<typeof checkFixture> {
  const result = checkFixture()
  result.requirements = {
    years: [2006, 2007],
      project_investment_real: [400, 480],
      project_investment_real_total: 880,
      base_cohort: null,
      land_needed_km2: 53.3333,
      land_available_km2: 40,
      land_runs_out_year: 2007,
      servicing_needed_real: 12.5,
      infrastructure_planned_real: 150,
      implied_icor: 1.8912,
      debt_required: [0, 10, 20],
      debt_ratio_required_peak: { year: 2007, value: 1.234 }
    }
  return result
}
