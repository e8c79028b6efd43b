import { csvParseRows } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import { runFixture } from '../test-support/run-fixture'
import { renderRunCsv } from './render-run-csv'

describe('renderRunCsv', () => {
  it('writes one wide row per path and series, numbers unformatted', () => {
    expect(renderRunCsv(runFixture())).toBe(
      [
        'path,series,unit,prices,2005,2006,2007,2008,2009,2010',
        'plan,gdp,yiyuan,real,1000,1210,1464.1,1771.561,2143.58881,2593.7424601',
        'plan,fiscal_revenue,yiyuan,nominal,100,125,150,175,200,',
        'region,gdp,yiyuan,real,4000,4400,4840,5324,5856.4,6442.04',
        'indicators,share_gdp,ratio,none,0.25,0.275,0.3025,0.33275,0.366025,0.4026275',
        ''
      ].join('\n')
    )
  })

  it('reads back to the same numbers', () => {
    const result = runFixture()
    const rows = csvParseRows(renderRunCsv(result))
    expect(rows[1]?.slice(4).map(Number)).toEqual(result.plan.gdp)
  })
})
