import type { SimulateResult } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { renderSimulate } from './render-simulate'

// a hand-made simulation of two years: one target met in 625 of 1,000 draws, se √(0.625·0.375/1000) = 0.0153;
// GDP's quantiles, and a share as percentages; debt has no value and is left out
function simulation(): SimulateResult {
  const band = (p10: number, p50: number, p90: number) => ({ p5: [p10, p10], p10: [p10, p10 + 1], p25: [p50, p50], p50: [p50, p50 + 1], p75: [p50, p50], p90: [p90, p90 + 1], p95: [p90, p90], mean: [p50, p50] })
  return {
    draws: 1000,
    seed: 7,
    years: [2005, 2006],
    targets: [{ id: 'gdp-growth', probability: 0.625, se: 0.0153 }],
    quantiles: { gdp: band(1000, 1100, 1200), debt: { ...band(0, 0, 0), p50: [null, null] }, share_gdp: band(0.25, 0.3, 0.35) },
    stopped: false
  }
}

describe('renderSimulate', () => {
  it('shows the draws and seed, the targets, then the headline series by year', () => {
    expect(renderSimulate(simulation(), 'en')).toBe(
      [
        '1,000 draws, seed 7',
        '',
        'target      probability  ± se',
        '----------  -----------  ----',
        'gdp-growth        62.5%  1.5%',
        '',
        'series     quantile     2005     2006',
        '---------  --------  -------  -------',
        'gdp        p10       1,000.0  1,001.0',
        'gdp        p50       1,100.0  1,101.0',
        'gdp        p90       1,200.0  1,201.0',
        'share_gdp  p10         25.0%   125.0%',
        'share_gdp  p50         30.0%   130.0%',
        'share_gdp  p90         35.0%   135.0%',
        ''
      ].join('\n')
    )
  })

  it('writes its fixed words in Chinese with --lang zh, aligned by terminal columns; ids and quantile keys stay', () => {
    // 分位數 is 3 wide characters, 6 columns, wider than p10; ± 標準誤 is 2 + 6 = 8 columns (± counts
    // one, as an ambiguous character); 目標 (4 columns) pads to gdp-growth's 10, then 2 apart and
    // 概率 (4) right in 62.5%'s 5: 9 spaces
    expect(renderSimulate({ ...simulation(), stopped: true }, 'zh')).toBe(
      [
        '蒙特卡羅模擬：1,000次，隨機種子7（提前停止）',
        '',
        '目標' + ' '.repeat(9) + '概率  ± 標準誤',
        '----------  -----  --------',
        'gdp-growth  62.5%      1.5%',
        '',
        '序列       分位數     2005     2006',
        '---------  ------  -------  -------',
        'gdp        p10     1,000.0  1,001.0',
        'gdp        p50     1,100.0  1,101.0',
        'gdp        p90     1,200.0  1,201.0',
        'share_gdp  p10       25.0%   125.0%',
        'share_gdp  p50       30.0%   130.0%',
        'share_gdp  p90       35.0%   135.0%',
        ''
      ].join('\n')
    )
  })

  it('says so when there are no targets', () => {
    expect(renderSimulate({ ...simulation(), targets: [], quantiles: {} }, 'zh')).toBe('蒙特卡羅模擬：1,000次，隨機種子7\n\n情景未設定目標。\n')
  })
})
