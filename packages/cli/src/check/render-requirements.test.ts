import { describe, expect, it } from 'vitest'
import { checkFixture } from '../test-support/check-fixture'
import { renderRequirements } from './render-requirements'

describe('renderRequirements', () => {
  it('is empty when the plan gives no GDP path', () => {
    expect(renderRequirements({ ...checkFixture(), requirements: {} })).toBe('')
  })

  it('lists investment, ICOR, land and borrowing', () => {
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
    const text = renderRequirements(result)
    expect(text).toMatch(/implied ICOR of the plan \(R4\)\s+1\.89/)
    // 53.3333 km² at one decimal
    expect(text).toMatch(/land the new investment needs \(km²\)\s+53\.3/)
    expect(text).toMatch(/land runs out in\s+2007/)
    expect(text).toMatch(/peak debt ratio .*\s+1\.23 in 2007/)
  })
})
