import type { SweepResult } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { renderSweepTable } from './render-sweep-table'

// a hand-made sweep of icor over 3 and 6: gdp-growth (≥ 21%) met at 3 only, gdp-2010 (a level) missed at 6
const result: SweepResult = {
  levers: [{ lever: 'icor', low: 3, high: 6, steps: 2 }],
  points: [
    { values: [3], targets: [{ id: 'gdp-growth', value: 0.24, met: true }, { id: 'gdp-2010', value: 3200, met: true }] },
    { values: [6], targets: [{ id: 'gdp-growth', value: 0.15, met: false }, { id: 'gdp-2010', value: 2100.5, met: false }] }
  ]
}

describe('renderSweepTable', () => {
  it('shows a row per grid point, ✗ where a target is missed, then what ✗ means', () => {
    expect(renderSweepTable(result, ['gdp-growth', 'gdp-2010'], ['cagr', 'level'], { lang: 'en' })).toBe(
      ['icor  gdp-growth   gdp-2010', '----  ----------  ---------', '   3       24.0%      3,200', '   6     15.0% ✗  2,100.5 ✗', '', '✗ the target is missed there', ''].join('\n')
    )
  })

  it('says what ✗ means in Chinese with --lang zh; the columns keep the names as typed', () => {
    expect(renderSweepTable(result, ['gdp-growth', 'gdp-2010'], ['cagr', 'level'], { lang: 'zh' })).toBe(
      ['icor  gdp-growth   gdp-2010', '----  ----------  ---------', '   3       24.0%      3,200', '   6     15.0% ✗  2,100.5 ✗', '', '✗ 表示未達成目標', ''].join('\n')
    )
  })

  it('leaves out what ✗ means with --quiet', () => {
    expect(renderSweepTable(result, ['gdp-growth', 'gdp-2010'], ['cagr', 'level'], { lang: 'en', quiet: true }).endsWith('2,100.5 ✗\n')).toBe(true)
  })
})
