import { describe, expect, it } from 'vitest'
import { runFixture } from '../test-support/run-fixture'
import { renderRunTable } from './render-run-table'

describe('renderRunTable', () => {
  it('shows plan, region and indicator rows by year, levels with two decimals and shares as percentages', () => {
    // levels: every row's largest value has 4 whole digits, so 6 − 4 = 2 decimals;
    // 1000·1.21^3 = 1771.561 → 1,771.56; 1000·1.21^4 = 2143.58881 → 2,143.59; 1000·1.21^5 = 2593.7424601 → 2,593.74.
    // shares: 0.3025 → 30.25, a tie toFixed rounds up (30.3); 0.4026275 → 40.26275 → 40.3.
    // fiscal revenue is whole numbers, so no decimals, and null in 2010 → –
    expect(renderRunTable(runFixture(), 'en')).toBe(
      [
        'path        series               unit    prices       2005      2006      2007      2008      2009      2010',
        '----------  -------------------  ------  -------  --------  --------  --------  --------  --------  --------',
        'plan        GDP                  yiyuan  real     1,000.00  1,210.00  1,464.10  1,771.56  2,143.59  2,593.74',
        'plan        Fiscal revenue       yiyuan  nominal       100       125       150       175       200         –',
        'region      GDP                  yiyuan  real     4,000.00  4,400.00  4,840.00  5,324.00  5,856.40  6,442.04',
        'indicators  Share of region GDP  %       none        25.0%     27.5%     30.3%     33.3%     36.6%     40.3%',
        ''
      ].join('\n')
    )
  })

  it('is in Chinese with --lang zh, labels, paths, units and price bases, and keeps the columns aligned', () => {
    // every line is 102 terminal columns (Python's unicodedata.east_asian_width: W and F count two):
    // 佔地區生產總值比重 is 9 characters, 18 columns, and sets the series column's width;
    // paths, units and price bases as the report and the findings word them (run-words.ts)
    expect(renderRunTable(runFixture(), 'zh')).toBe(
      [
        '路徑      序列                單位  價格        2005      2006      2007      2008      2009      2010',
        '--------  ------------------  ----  ------  --------  --------  --------  --------  --------  --------',
        '規劃路徑  生產總值            億元  可比價  1,000.00  1,210.00  1,464.10  1,771.56  2,143.59  2,593.74',
        '規劃路徑  財政收入            億元  現價         100       125       150       175       200         –',
        '全區域    生產總值            億元  可比價  4,000.00  4,400.00  4,840.00  5,324.00  5,856.40  6,442.04',
        '指標      佔地區生產總值比重  %     無         25.0%     27.5%     30.3%     33.3%     36.6%     40.3%',
        ''
      ].join('\n')
    )
  })

  it('lists model rows between plan and region once the model fills them', () => {
    const result = { ...runFixture(), model: { gdp: [1000, 1150, null, null, null, 2000] } }
    const paths = renderRunTable(result, 'en')
      .split('\n')
      .slice(2, -1)
      .map((line) => line.split(' ')[0])
    expect(paths).toEqual(['plan', 'plan', 'model', 'region', 'indicators'])
  })
})
