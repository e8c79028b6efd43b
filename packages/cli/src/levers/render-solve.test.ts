import type { SolveResult } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { renderSolve } from './render-solve'

// hand-made results of solving gdp-growth (≥ 21%) for icor in [3, 6]
const solved: SolveResult = { target: 'gdp-growth', lever: 'icor', value: 3.25, attained: true, iterations: 12, status: 'solved', low: 3, high: 6, bound: 0.21, target_value: 0.21 }
const everywhere: SolveResult = { ...solved, value: null, iterations: 2, status: 'met-everywhere', target_value: 0.24 }
const unattainable: SolveResult = { ...solved, value: null, attained: false, iterations: 2, status: 'not-attainable', target_value: null, best: { value: 3, target_value: 0.185 } }
const chance: SolveResult = { ...solved, value: 3.5, iterations: 9, target_value: 0.5, probability: { level: 0.5, draws: 200, seed: 7 } }

describe('renderSolve', () => {
  it('says what it found, in English', () => {
    expect(renderSolve(solved, 'cagr', 'en')).toBe('icor = 3.25 gives gdp-growth: 21.0% (12 model runs)\n')
    expect(renderSolve(everywhere, 'cagr', 'en')).toBe('gdp-growth is met everywhere in icor [3, 6]: 24.0% at its value in the scenario\n')
    expect(renderSolve(unattainable, 'cagr', 'en')).toBe('gdp-growth is not attainable within icor [3, 6]; the closest: icor = 3 gives 18.5%\n')
    expect(renderSolve(chance, 'cagr', 'en')).toBe('icor = 3.5 gives a 50.0% chance of gdp-growth: 50.0% (9 evaluations of 200 draws)\n')
  })

  it('says it in Chinese with --lang zh, the lever and target names as typed', () => {
    expect(renderSolve(solved, 'cagr', 'zh')).toBe('icor = 3.25 時恰好達到目標 gdp-growth：21.0%（模型運行12次）\n')
    expect(renderSolve(everywhere, 'cagr', 'zh')).toBe('icor 在 [3, 6] 內處處達到目標 gdp-growth：取情景中的值時為24.0%\n')
    expect(renderSolve(unattainable, 'cagr', 'zh')).toBe('icor 在 [3, 6] 內無法達到目標 gdp-growth；最接近的是 icor = 3，為18.5%\n')
    expect(renderSolve(chance, 'cagr', 'zh')).toBe('icor = 3.5 時恰好達到目標 gdp-growth 的50.0%達成概率：50.0%（評估9次，每次200次模擬）\n')
  })
})
