import { describe, expect, it } from 'vitest'
import { runFixture } from '../test-support/run-fixture'
import { runRows } from './run-rows'

describe('runRows', () => {
  it('leaves out series with no value in any year', () => {
    const result = runFixture()
    result.model = { land_used: result.years.map(() => null), gdp: result.years.map((_, i) => 100 + i) }
    const rows = runRows(result, 'en').filter((r) => r.path === 'model')
    expect(rows.map((r) => r.series)).toEqual(['gdp'])
  })

  it('labels region rows from their own meta entry', () => {
    const result = runFixture()
    result.region = { gdp: result.years.map(() => 1) }
    result.meta = { ...result.meta, 'region.gdp': { unit: 'yiyuan', prices: 'nominal', label: { en: 'Region: GDP' } } }
    const row = runRows(result, 'en').find((r) => r.path === 'region')
    expect(row).toMatchObject({ label: 'Region: GDP', prices: 'nominal' })
  })
})
