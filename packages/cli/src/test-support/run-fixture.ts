import type { RunResult } from '@zonecast/core'

/**
 * A hand-made run result, 2005–2010: zone GDP from 1,000 at 21% a year
 * (1000·1.21^t: 1000, 1210, 1464.1, 1771.561, 2143.58881, 2593.7424601), fiscal revenue
 * +25 a year with 2010 undefined, regional GDP from 4,000 at 10% a year
 * (4000·1.1^t: 4000, 4400, 4840, 5324, 5856.4, 6442.04), and the zone's share of it,
 * 0.25·(1.21/1.1)^t = 0.25·1.1^t (0.25, 0.275, 0.3025, 0.33275, 0.366025, 0.4026275).
 */
export function runFixture(): RunResult {
  return {
    scenario: { id: 'test-zone', title: { en: 'Test zone', zh: '測試開發區' }, years: { base: 2005, end: 2010 }, money: 'yiyuan' },
    years: [2005, 2006, 2007, 2008, 2009, 2010],
    plan: {
      gdp: [1000, 1210, 1464.1, 1771.561, 2143.58881, 2593.7424601],
      fiscal_revenue: [100, 125, 150, 175, 200, null]
    },
    model: {},
    region: { gdp: [4000, 4400, 4840, 5324, 5856.4, 6442.04] },
    indicators: { share_gdp: [0.25, 0.275, 0.3025, 0.33275, 0.366025, 0.4026275] },
    price_index: [1, 1, 1, 1, 1, 1],
    meta: {
      gdp: { unit: 'yiyuan', prices: 'real', label: { en: 'GDP', zh: '生產總值' } },
      fiscal_revenue: { unit: 'yiyuan', prices: 'nominal', label: { en: 'Fiscal revenue', zh: '財政收入' } },
      share_gdp: { unit: 'ratio', prices: 'none', label: { en: 'Share of region GDP', zh: '佔地區生產總值比重' } }
    },
    notes: ['real series are at 2005 prices', 'the model path is empty until the zone model exists']
  }
}
