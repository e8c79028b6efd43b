import type { ComparisonResult } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { compareRows } from './compare-rows'
import { renderCompare } from './render-compare'

// a hand-made comparison of a scenario and one variant: GDP growth 11.9% and 11.5% (both missed, bound 21%),
// 2010 GDP, the implied ICOR, and a finding only the variant has
function comparison(): ComparisonResult {
  return {
    scenarios: [
      { id: 'zone', label: 'Zone', file: 'zone.yaml', variant: null, end_year: 2010, money: 'yiyuan', ok: false },
      { id: 'zone/fast', label: 'Fast', file: 'zone.yaml', variant: 'fast', end_year: 2010, money: 'yiyuan', ok: false }
    ],
    targets: [{ id: 'gdp-cagr', kind: 'cagr', min: 0.21, values: [{ value: 0.119, status: 'missed' }, { value: 0.115, status: 'missed' }] }],
    series: { gdp: [2152.54, 2119.29] },
    requirements: { implied_icor: [1.89, 1.89] },
    findings: [{ code: 'debt-limit-breached', severity: 'warning', message: 'Debt reaches 2.52 times revenue.', in: [false, true] }]
  }
}

const gdpLabel = (name: string) => (name === 'gdp' ? { en: 'GDP', zh: '生產總值' } : undefined)

describe('renderCompare', () => {
  it('shows the targets, the end-year levels and the requirements side by side, then the findings that differ', () => {
    expect(renderCompare(comparison(), 'table', 'en', gdpLabel)).toBe(
      [
        '                           zone      fast',
        '---------------------  --------  --------',
        'target gdp-cagr         11.9% ✗   11.5% ✗',
        'gdp 2010               2,152.54  2,119.29',
        'requires implied_icor      1.89      1.89',
        '',
        'findings that differ:',
        '  debt-limit-breached (warning) in zone/fast: Debt reaches 2.52 times revenue.',
        ''
      ].join('\n')
    )
  })

  it('names the rows as the report\u2019s variants table does with --lang zh, aligned by terminal columns; ids stay, a message without its numbers too', () => {
    // 要求：隱含資本產出比（R4） is 12 wide characters and 2 narrow, 26 columns
    expect(renderCompare(comparison(), 'table', 'zh', gdpLabel)).toBe(
      [
        '                                zone      fast',
        '--------------------------  --------  --------',
        '目標 gdp-cagr                11.9% ✗   11.5% ✗',
        '2010年生產總值              2,152.54  2,119.29',
        '要求：隱含資本產出比（R4）      1.89      1.89',
        '',
        '各方案不同的檢查發現：',
        '  debt-limit-breached（警告）見於 zone/fast：Debt reaches 2.52 times revenue.',
        ''
      ].join('\n')
    )
  })

  it('writes a finding that carries its numbers in Chinese with --lang zh, as check does', () => {
    // the fields of core's debt-limit-breached finding (zh-finding-message.test.ts: 12 in 2008, 1.2 times revenue)
    const debt = { code: 'debt-limit-breached', severity: 'warning' as const, message: 'Debt reaches 1.2 times revenue in 2008.', in: [false, true], year: 2008, debt_ratio: 1.2, debt: 12, peak_year: 2008, peak_debt_ratio: 1.2, debt_limit: 1, money: 'yiyuan' }
    const text = renderCompare({ ...comparison(), findings: [debt] }, 'table', 'zh', gdpLabel)
    expect(text).toContain('  debt-limit-breached（警告）見於 zone/fast：模型路徑上，開發區債務在2008年達到12 億元，為當年財政收入的1.20倍，超過上限1.00倍。')
    expect(renderCompare({ ...comparison(), findings: [debt] }, 'table', 'en')).toContain('debt-limit-breached (warning) in zone/fast: Debt reaches 1.2 times revenue in 2008.')
  })

  it('writes a Markdown table with --format md', () => {
    expect(renderCompare({ ...comparison(), findings: [] }, 'md', 'zh', gdpLabel).split('\n')[2]).toBe('| 目標 gdp-cagr | 11.9% ✗ | 11.5% ✗ |')
  })
})

describe('compareRows', () => {
  it('keeps the numbers raw, with a status row under each target, for CSV', () => {
    expect(compareRows(comparison(), { raw: true, lang: 'en' }).slice(1, 3)).toEqual([
      ['target gdp-cagr', 0.119, 0.115],
      ['target gdp-cagr status', 'missed', 'missed']
    ])
  })
})
