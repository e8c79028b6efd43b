import type { TornadoResult } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { renderTornado } from './render-tornado'

// a hand-made tornado of a growth target (bound 21%): the ICOR moves it from 24.0% (met) to 15.0%
// (missed), a swing of 9 points; the interest rate barely moves it
function tornadoResult(): TornadoResult {
  return {
    target: 'gdp-growth',
    base: 0.195,
    levers: [
      { lever: 'icor', low: 3, high: 6, base: 4, value_low: 0.24, value_high: 0.15, met_low: true, met_high: false, swing: 0.09 },
      { lever: 'interest-rate', low: 0.054, high: 0.075, base: 0.06, value_low: 0.196, value_high: 0.194, met_low: false, met_high: false, swing: 0.002 }
    ]
  }
}

describe('renderTornado', () => {
  it('shows the value at the scenario, each lever at both ends and the swing, then what ✗ means', () => {
    expect(renderTornado(tornadoResult(), { lang: 'en', kind: 'cagr', labels: new Map([['icor', 'ICOR']]) })).toBe(
      [
        'tornado of gdp-growth: 19.5% with every lever at its value',
        '',
        'lever            low   high  value  gdp-growth at low  at high  swing',
        '-------------  -----  -----  -----  -----------------  -------  -----',
        'icor               3      6      4              24.0%  15.0% ✗   9.0%',
        'interest-rate  0.054  0.075   0.06            19.6% ✗  19.4% ✗   0.2%',
        '',
        '✗ the target is missed there',
        ''
      ].join('\n')
    )
  })

  it('is in Chinese with --lang zh: the report\u2019s columns, levers by their labels with their names, aligned by terminal columns', () => {
    // 資本產出比（icor） is 7 wide characters and 4 narrow, 18 columns; interest-rate has no label and
    // keeps its name (13); 低值時gdp-growth is 3 wide and 10 narrow, 16 columns; 擺幅 is as wide as 9.0%
    expect(renderTornado(tornadoResult(), { lang: 'zh', kind: 'cagr', labels: new Map([['icor', '資本產出比'], ['interest-rate', 'interest-rate']]) })).toBe(
      [
        '目標 gdp-growth 的槓桿敏感性：各槓桿取情景中的值時為19.5%',
        '',
        '槓桿                 低值   高值  情景值  低值時gdp-growth   高值時  擺幅',
        '------------------  -----  -----  ------  ----------------  -------  ----',
        '資本產出比（icor）      3      6       4             24.0%  15.0% ✗  9.0%',
        'interest-rate       0.054  0.075    0.06           19.6% ✗  19.4% ✗  0.2%',
        '',
        '✗ 表示未達成目標',
        ''
      ].join('\n')
    )
  })

  it('leaves out what ✗ means with --quiet', () => {
    expect(renderTornado(tornadoResult(), { lang: 'zh', kind: 'cagr', labels: new Map(), quiet: true })).not.toContain('✗ 表示')
  })
})
