import { describe, expect, it } from 'vitest'
import { runFixture } from '../test-support/run-fixture'
import { renderRunMarkdown } from './render-run-markdown'

describe('renderRunMarkdown', () => {
  it('names the scenario, then the table, then the notes', () => {
    const md = renderRunMarkdown(runFixture(), 'en')
    expect(md).toBe(
      [
        '# Test zone (test-zone)',
        '',
        'Years 2005–2010; money in yiyuan.',
        '',
        '| path | series | unit | prices | 2005 | 2006 | 2007 | 2008 | 2009 | 2010 |',
        '| --- | --- | --- | --- | --: | --: | --: | --: | --: | --: |',
        '| plan | GDP | yiyuan | real | 1,000.00 | 1,210.00 | 1,464.10 | 1,771.56 | 2,143.59 | 2,593.74 |',
        '| plan | Fiscal revenue | yiyuan | nominal | 100 | 125 | 150 | 175 | 200 | – |',
        '| region | GDP | yiyuan | real | 4,000.00 | 4,400.00 | 4,840.00 | 5,324.00 | 5,856.40 | 6,442.04 |',
        '| indicators | Share of region GDP | % | none | 25.0% | 27.5% | 30.3% | 33.3% | 36.6% | 40.3% |',
        '',
        '## Notes',
        '',
        '- real series are at 2005 prices',
        '- the model path is empty until the zone model exists',
        ''
      ].join('\n')
    )
  })

  it('titles in Chinese with --lang zh and leaves out an empty notes section', () => {
    const md = renderRunMarkdown({ ...runFixture(), notes: [] }, 'zh')
    expect(md.startsWith('# 測試開發區（test-zone）\n')).toBe(true)
    expect(md).not.toContain('## 說明')
  })

  it('writes its fixed words and the notes it knows in Chinese with --lang zh, the table as run prints it', () => {
    const notes = ['the scenario gives no base.gdp, so the model path has no output, revenue or indicators', 'real series are at 2005 prices']
    // the second note is no note of the core's: zhNote keeps it as it is
    expect(renderRunMarkdown({ ...runFixture(), notes }, 'zh')).toBe(
      [
        '# 測試開發區（test-zone）',
        '',
        '年份（基年–末年）：2005–2010年；貨幣單位：億元。',
        '',
        '| 路徑 | 序列 | 單位 | 價格 | 2005 | 2006 | 2007 | 2008 | 2009 | 2010 |',
        '| --- | --- | --- | --- | --: | --: | --: | --: | --: | --: |',
        '| 規劃路徑 | 生產總值 | 億元 | 可比價 | 1,000.00 | 1,210.00 | 1,464.10 | 1,771.56 | 2,143.59 | 2,593.74 |',
        '| 規劃路徑 | 財政收入 | 億元 | 現價 | 100 | 125 | 150 | 175 | 200 | – |',
        '| 全區域 | 生產總值 | 億元 | 可比價 | 4,000.00 | 4,400.00 | 4,840.00 | 5,324.00 | 5,856.40 | 6,442.04 |',
        '| 指標 | 佔地區生產總值比重 | % | 無 | 25.0% | 27.5% | 30.3% | 33.3% | 36.6% | 40.3% |',
        '',
        '## 說明',
        '',
        '- 情景未給定基年生產總值（base.gdp），因此模型路徑沒有產出、財政收入和指標',
        '- real series are at 2005 prices',
        ''
      ].join('\n')
    )
  })
})
